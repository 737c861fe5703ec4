import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { rectificationRate } from "@/lib/domain/scoring/department-scorecard";
import { acceptCitizenReport } from "@/lib/server/citizen-reports/accept-citizen-report";
import { eraseReportContacts } from "@/lib/server/citizen-reports/erase-report-contacts";
import { getCitizenReport } from "@/lib/server/citizen-reports/get-citizen-report";
import { listCitizenReports } from "@/lib/server/citizen-reports/list-citizen-reports";
import { mergeCitizenReport } from "@/lib/server/citizen-reports/merge-citizen-report";
import { rejectCitizenReport } from "@/lib/server/citizen-reports/reject-citizen-report";
import { DAILY_SWEEPS } from "@/lib/server/deadlines/daily-sweeps";
import { runSweeps } from "@/lib/server/deadlines/run-sweeps";
import { getEvidenceFile } from "@/lib/server/evidence/get-evidence-file";
import { dispatchFindings } from "@/lib/server/findings/dispatch-findings";
import { getFindingDetail } from "@/lib/server/findings/get-finding-detail";
import { recordRecheck } from "@/lib/server/findings/record-recheck";
import { reopenFinding } from "@/lib/server/findings/reopen-finding";
import { replyToFinding } from "@/lib/server/findings/reply-to-finding";
import { verifyFinding } from "@/lib/server/findings/verify-finding";
import { withdrawFindingForCheck } from "@/lib/server/findings/withdraw-finding-for-check";
import { buildRoundScoreInput } from "@/lib/server/scoring/build-round-score-input";
import type { Tx } from "@/lib/server/tx";
import { countReportStates, createCitizenReport, createReportCategory } from "@/tests/factories/citizen-report";
import { createCycle } from "@/tests/factories/cycle";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound } from "@/tests/factories/inspection";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createUser } from "@/tests/factories/user";
import { createCheckFinding, createRecheckRound } from "./findings-world";

// 文明随手拍, the office's side: moderation (accept, merge, reject), the report following its
// finding through the rectification loop, the public figures equal to a count of states after
// every step, report findings in the rectification rate, and the contacts' erasure.

let s: CityScenario;
let criterion: { id: string; rectificationDays: number | null };
let categoryId: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  const { edition, criteria } = await createEditionFromTree(db());
  await createCycle(db(), { cityId: s.cityA.id, editionId: edition.id, isCurrent: true });
  criterion = criteria[0];
  categoryId = (await createReportCategory(db(), { cityId: s.cityA.id, criterionId: criterion.id })).id;
});

const office = () => s.actors.cityAdminA;
const newReport = (withPhoto = false) => createCitizenReport(db(), { cityId: s.cityA.id, categoryId, withPhoto }).then((made) => made);
const reportRow = (id: string) => db().citizenReport.findUniqueOrThrow({ where: { id } });
const findingRow = (id: string) => db().finding.findUniqueOrThrow({ where: { id } });

async function expectCountsMatch(cityId: string) {
  const counts = await db().cityReportCounts.findUnique({ where: { cityId } });
  expect({ received: counts?.received ?? 0, accepted: counts?.accepted ?? 0, rectified: counts?.rectified ?? 0, rejected: counts?.rejected ?? 0 }).toEqual(
    await countReportStates(db(), cityId),
  );
}

describe("accept (受理)", () => {
  it("makes an OPEN finding from the report with the category's criterion and the window's due date; the liaison reads its photos", async () => {
    const { report, photo } = await newReport(true);
    const result = await acceptCitizenReport(office(), { id: report.id, departmentId: s.departmentA1.id });
    expect(result).toMatchObject({ id: report.id, status: "ACCEPTED" });
    const finding = await findingRow(result.findingId!);
    expect(finding).toMatchObject({
      origin: "CITIZEN_REPORT",
      citizenReportId: report.id,
      criterionId: criterion.id,
      departmentId: s.departmentA1.id,
      status: "OPEN",
    });
    expect(finding.dueDate).toEqual(parseBusinessDate(addDays(todayInShanghai(), criterion.rectificationDays ?? s.cityA.rectificationDays)));
    expect(await reportRow(report.id)).toMatchObject({ status: "ACCEPTED", findingId: finding.id, moderatedById: office().id, closedAt: null });
    expect(await db().auditLog.count({ where: { action: "citizen-report.accept", entityId: report.id } })).toBe(1);

    const liaison = s.actors.liaisonA1;
    const detail = await getFindingDetail(liaison, finding.id);
    expect(detail.citizenReportId).toBe(report.id);
    expect(detail.beforePhotos.map((p) => p.id)).toEqual([photo!.id]);
    await expect(getEvidenceFile(liaison, photo!.id)).resolves.toMatchObject({ mimeType: "image/jpeg" });
    // The liaison sees the report only as its finding; another department's liaison not at all.
    await expect(getCitizenReport(liaison, report.id)).rejects.toMatchObject({ status: 403 });
    const otherLiaison = (await createUser(db(), { role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentA2.id })).actor;
    await expect(getEvidenceFile(otherLiaison, photo!.id)).rejects.toMatchObject({ status: 404 });
    await expectCountsMatch(s.cityA.id);
  });

  it("takes the office's criterion and due date, and refuses a past date, another city's department and a foreign criterion", async () => {
    const { report } = await newReport();
    const dueDate = addDays(todayInShanghai(), 3);
    await expect(
      acceptCitizenReport(office(), { id: report.id, departmentId: s.departmentA1.id, dueDate: addDays(todayInShanghai(), -1) }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { dueDate: ["整改期限不能早于今天"] },
    });
    await expect(acceptCitizenReport(office(), { id: report.id, departmentId: s.departmentB1.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { departmentId: expect.any(Array) },
    });
    const foreign = (await createEditionFromTree(db())).criteria[0];
    await expect(acceptCitizenReport(office(), { id: report.id, departmentId: s.departmentA1.id, criterionId: foreign.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { criterionId: expect.any(Array) },
    });
    expect(await reportRow(report.id)).toMatchObject({ status: "RECEIVED", findingId: null });
    const result = await acceptCitizenReport(office(), { id: report.id, departmentId: s.departmentA2.id, dueDate });
    expect(await findingRow(result.findingId!)).toMatchObject({ departmentId: s.departmentA2.id, dueDate: parseBusinessDate(dueDate) });
  });

  it("dispatches at once in a city that auto-dispatches, so the report is RECTIFYING and the department is told", async () => {
    const city = await createCityScenario(db());
    await db().city.update({ where: { id: city.cityA.id }, data: { autoDispatchFindings: true } });
    const category = await createReportCategory(db(), { cityId: city.cityA.id });
    const { report } = await createCitizenReport(db(), { cityId: city.cityA.id, categoryId: category.id });
    const result = await acceptCitizenReport(city.actors.cityAdminA, { id: report.id, departmentId: city.departmentA1.id });
    expect(result.status).toBe("RECTIFYING");
    expect(await findingRow(result.findingId!)).toMatchObject({ status: "DISPATCHED", criterionId: null });
    expect((await db().rectificationEvent.findMany({ where: { findingId: result.findingId! } })).map((event) => event.kind)).toEqual(["DISPATCHED"]);
    expect(await db().notification.count({ where: { userId: city.actors.liaisonA1.id, kind: "FINDING_DISPATCHED" } })).toBe(1);
    expect(await reportRow(report.id)).toMatchObject({ status: "RECTIFYING" });
    await expectCountsMatch(city.cityA.id);
  });
});

describe("merge (合并) and reject (驳回)", () => {
  it("joins a finding of the city and takes its state; a withdrawn or another city's finding is refused", async () => {
    const dispatched = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "DISPATCHED" });
    const first = await newReport();
    expect(await mergeCitizenReport(office(), { id: first.report.id, findingId: dispatched.finding.id })).toMatchObject({
      status: "RECTIFYING",
      findingId: dispatched.finding.id,
    });

    const verified = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
    const second = await newReport();
    await mergeCitizenReport(office(), { id: second.report.id, findingId: verified.finding.id });
    const closed = await reportRow(second.report.id);
    expect(closed).toMatchObject({ status: "RECTIFIED" });
    expect(closed.rectifiedAt).not.toBeNull();
    expect(closed.closedAt).not.toBeNull();

    const withdrawn = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "WITHDRAWN" });
    const away = await createCheckFinding(db(), { cityId: s.cityB.id, departmentId: s.departmentB1.id, status: "OPEN" });
    const third = await newReport();
    for (const findingId of [withdrawn.finding.id, away.finding.id]) {
      await expect(mergeCitizenReport(office(), { id: third.report.id, findingId })).rejects.toMatchObject({
        status: 422,
        fieldErrors: { findingId: expect.any(Array) },
      });
    }
    await expectCountsMatch(s.cityA.id);
  });

  it("rejects with a reason, closing the report; a moderated report cannot be moderated again (409)", async () => {
    const { report } = await newReport();
    await expect(rejectCitizenReport(office(), { id: report.id, reason: " " })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { reason: ["请填写驳回原因"] },
    });
    expect(await rejectCitizenReport(office(), { id: report.id, reason: "不属于文明城市创建范围" })).toEqual({
      id: report.id,
      status: "REJECTED",
      findingId: null,
    });
    const row = await reportRow(report.id);
    expect(row).toMatchObject({ status: "REJECTED", rejectionReason: "不属于文明城市创建范围", rectifiedAt: null });
    expect(row.closedAt).not.toBeNull();
    const open = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id });
    await expect(rejectCitizenReport(office(), { id: report.id, reason: "again" })).rejects.toMatchObject({ status: 409 });
    await expect(acceptCitizenReport(office(), { id: report.id, departmentId: s.departmentA1.id })).rejects.toMatchObject({ status: 409 });
    await expect(mergeCitizenReport(office(), { id: report.id, findingId: open.finding.id })).rejects.toMatchObject({ status: 409 });
    await expectCountsMatch(s.cityA.id);
  });

  it("hides another city's report (404) and shows the contact to the office only", async () => {
    const { report } = await newReport();
    await expect(acceptCitizenReport(s.actors.cityAdminB, { id: report.id, departmentId: s.departmentB1.id })).rejects.toMatchObject({ status: 404 });
    expect((await getCitizenReport(office(), report.id)).contact).toBe("13800001234");
    expect((await getCitizenReport(s.actors.systemAdmin, report.id)).contact).toBeNull();
    const queue = await listCitizenReports(office(), { status: "RECEIVED", page: 1, pageSize: 500 });
    expect(queue.items.every((item) => item.status === "RECEIVED")).toBe(true);
    expect(queue.items.map((item) => item.id)).toContain(report.id);
  });
});

describe("the report follows its finding", () => {
  it("dispatch → reply → return → reply → verify (RECTIFIED) → reopened as false rectification, with the figures right after every step", async () => {
    const { report } = await newReport();
    const merged = await newReport();
    const { findingId } = await acceptCitizenReport(office(), { id: report.id, departmentId: s.departmentA1.id });
    await mergeCitizenReport(office(), { id: merged.report.id, findingId: findingId! });
    const both = async (status: string) => {
      expect((await reportRow(report.id)).status).toBe(status);
      expect((await reportRow(merged.report.id)).status).toBe(status);
      await expectCountsMatch(s.cityA.id);
    };
    await both("ACCEPTED");
    await dispatchFindings(office(), { ids: [findingId!] });
    await both("RECTIFYING");
    await replyToFinding(s.actors.liaisonA1, { id: findingId!, text: "已清理" });
    await both("RECTIFYING");
    await verifyFinding(office(), { id: findingId!, decision: "RETURN", comment: "仍有垃圾" });
    await both("RECTIFYING");
    await replyToFinding(s.actors.liaisonA1, { id: findingId!, text: "已彻底清理" });
    await verifyFinding(office(), { id: findingId!, decision: "ACCEPT" });
    await both("RECTIFIED");
    const rectified = await reportRow(report.id);
    expect(rectified.rectifiedAt).not.toBeNull();
    expect(rectified.closedAt).not.toBeNull();
    await reopenFinding(office(), { id: findingId!, reason: "回访发现仍未清理", falseRectification: true });
    await both("RECTIFYING");
    expect(await reportRow(report.id)).toMatchObject({ rectifiedAt: null, closedAt: null });
  });

  it("a re-check that finds it not fixed sends the report back to RECTIFYING", async () => {
    const verified = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
    const { report } = await newReport();
    await mergeCitizenReport(office(), { id: report.id, findingId: verified.finding.id });
    const round = await createRecheckRound(db(), s.cityA.id, [verified.finding.id]);
    await recordRecheck(office(), { roundId: round.id, findingId: verified.finding.id, result: "NOT_FIXED", note: "仍有垃圾" });
    expect(await reportRow(report.id)).toMatchObject({ status: "RECTIFYING", rectifiedAt: null, closedAt: null });
    await expectCountsMatch(s.cityA.id);
  });

  it("a withdrawn finding sends its reports back to the queue", async () => {
    const open = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id });
    const { report } = await newReport();
    await mergeCitizenReport(office(), { id: report.id, findingId: open.finding.id });
    await db().$transaction((tx) => withdrawFindingForCheck(tx as Tx, office(), { id: open.check.id, cityId: s.cityA.id }));
    expect(await reportRow(report.id)).toMatchObject({ status: "RECEIVED", findingId: null, acceptedAt: null });
    await expectCountsMatch(s.cityA.id);
  });
});

describe("scoring", () => {
  it("counts a report's finding in its department's rectification rate like any other", async () => {
    const city = await createCityScenario(db());
    const { edition } = await createEditionFromTree(db());
    const category = await createReportCategory(db(), { cityId: city.cityA.id });
    const { report } = await createCitizenReport(db(), { cityId: city.cityA.id, categoryId: category.id });
    const admin = city.actors.cityAdminA;
    const today = todayInShanghai();
    const { findingId } = await acceptCitizenReport(admin, { id: report.id, departmentId: city.departmentA1.id, dueDate: today });
    const round = await createRound(db(), {
      cityId: city.cityA.id,
      editionId: edition.id,
      createdById: admin.id,
      periodStart: addDays(today, -3),
      periodEnd: addDays(today, 3),
    });
    const period = { start: addDays(today, -3), end: addDays(today, 3) };
    const before = await buildRoundScoreInput(db(), round);
    expect(before.findings).toEqual([{ department: city.departmentA1.name, due: today, verifiedAt: null }]);
    expect(rectificationRate(before.findings, city.departmentA1.name, period)?.toString()).toBe("0");

    await dispatchFindings(admin, { ids: [findingId!] });
    await replyToFinding(city.actors.liaisonA1, { id: findingId!, text: "已整改" });
    await verifyFinding(admin, { id: findingId!, decision: "ACCEPT" });
    const after = await buildRoundScoreInput(db(), round);
    expect(rectificationRate(after.findings, city.departmentA1.name, period)?.toString()).toBe("100");
  });
});

describe("contact erasure", () => {
  it("erases the contact of reports closed more than 180 days ago, once, through the daily sweeps", async () => {
    const city = await createCityScenario(db());
    const category = await createReportCategory(db(), { cityId: city.cityA.id });
    const make = () => createCitizenReport(db(), { cityId: city.cityA.id, categoryId: category.id }).then(({ report }) => report);
    const [old, recent, open] = [await make(), await make(), await make()];
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
    await db().citizenReport.update({ where: { id: old.id }, data: { status: "REJECTED", rejectionReason: "重复", closedAt: daysAgo(182) } });
    await db().citizenReport.update({ where: { id: recent.id }, data: { status: "REJECTED", rejectionReason: "重复", closedAt: daysAgo(170) } });

    const outcome = await runSweeps(city.cityA.id, todayInShanghai(), DAILY_SWEEPS);
    expect(outcome).toMatchObject({ created: { "report-contact-erasure": 1 }, failed: [] });
    const erased = await reportRow(old.id);
    expect(erased.contact).toBeNull();
    expect(erased.contactErasedAt).not.toBeNull();
    expect((await reportRow(recent.id)).contact).toBe("13800001234");
    expect((await reportRow(open.id)).contact).toBe("13800001234");
    expect((await getCitizenReport(city.actors.cityAdminA, old.id)).contactErased).toBe(true);
    expect(await db().$transaction((tx) => eraseReportContacts(tx as Tx, city.cityA.id, todayInShanghai()))).toBe(0);
  });
});
