import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayInShanghai } from "@/lib/domain/dates";
import { dispatchFindings } from "@/lib/server/findings/dispatch-findings";
import { listFindingFilterOptions } from "@/lib/server/findings/list-finding-filter-options";
import { recordRecheck } from "@/lib/server/findings/record-recheck";
import { redirectFinding } from "@/lib/server/findings/redirect-finding";
import { reopenFinding } from "@/lib/server/findings/reopen-finding";
import { replyToFinding } from "@/lib/server/findings/reply-to-finding";
import { verifyFinding } from "@/lib/server/findings/verify-finding";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createUser } from "@/tests/factories/user";
import { createCheckFinding, createRecheckRound } from "./findings-world";

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

const inA1 = (status: Parameters<typeof createCheckFinding>[1]["status"] = "OPEN") =>
  createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, otherDepartmentId: s.departmentA2.id, status }).then((w) => w.finding);
const eventsOf = (findingId: string) => db().rectificationEvent.findMany({ where: { findingId }, orderBy: { createdAt: "asc" } });
const noticesOf = (userId: string, kind: string) => db().notification.findMany({ where: { userId, kind } });

describe("dispatch (finding.dispatch)", () => {
  it("sends OPEN findings to their department, tells its liaison and skips the rest with a reason", async () => {
    const open = await inA1();
    const dispatched = await inA1("DISPATCHED");
    const away = await createCheckFinding(db(), { cityId: s.cityB.id, departmentId: s.departmentB1.id });
    const result = await dispatchFindings(s.actors.cityAdminA, { ids: [open.id, dispatched.id, away.finding.id] });
    expect(result.count).toBe(1);
    expect(result.skipped).toEqual([
      { id: dispatched.id, reason: "已交办" },
      { id: away.finding.id, reason: "问题不存在或无权访问" },
    ]);
    expect(await db().finding.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ status: "DISPATCHED", version: 2 });
    expect((await eventsOf(open.id)).map((event) => [event.kind, event.actorId])).toEqual([["DISPATCHED", s.actors.cityAdminA.id]]);
    const notices = await noticesOf(s.actors.liaisonA1.id, "FINDING_DISPATCHED");
    expect(notices.map((notice) => notice.link)).toContain(`/findings/${open.id}`);
    expect((await db().auditLog.findMany({ where: { action: "finding.dispatch", entityId: open.id } })).length).toBe(1);
  });

  it("is 422 without ids and 403 for a liaison or an inspector", async () => {
    await expect(dispatchFindings(s.actors.cityAdminA, { ids: [] })).rejects.toMatchObject({ status: 422, fieldErrors: { ids: ["请选择问题"] } });
    const open = await inA1();
    await expect(dispatchFindings(s.actors.liaisonA1, { ids: [open.id] })).rejects.toMatchObject({ status: 403 });
    await expect(dispatchFindings(s.actors.inspectorA, { ids: [open.id] })).rejects.toMatchObject({ status: 403 });
  });
});

describe("reply, return, reply again, accept (整改闭环)", () => {
  it("walks the loop with events, notices and 销号 today", async () => {
    const finding = await inA1("DISPATCHED");
    const first = await replyToFinding(s.actors.liaisonA1, { id: finding.id, text: "已清理路面", clientKey: "k-1", version: 1 });
    expect(first).toMatchObject({ created: true, reply: { text: "已清理路面", clientKey: "k-1", photos: [] }, finding: { status: "SUBMITTED", version: 2 } });

    await expect(verifyFinding(s.actors.cityAdminA, { id: finding.id, decision: "RETURN" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { comment: ["退回时请填写退回原因"] },
    });
    const returned = await verifyFinding(s.actors.cityAdminA, { id: finding.id, decision: "RETURN", comment: "照片不清晰", version: 2 });
    expect(returned).toMatchObject({ status: "RETURNED", verifiedOn: null });
    expect((await noticesOf(s.actors.liaisonA1.id, "FINDING_RETURNED")).some((n) => n.body?.includes("照片不清晰"))).toBe(true);

    await replyToFinding(s.actors.liaisonA1, { id: finding.id, text: "已重新清理并拍照" });
    const accepted = await verifyFinding(s.actors.cityAdminA, { id: finding.id, decision: "ACCEPT" });
    expect(accepted).toMatchObject({ status: "VERIFIED", verifiedOn: todayInShanghai(), overdue: false });
    expect((await db().finding.findUniqueOrThrow({ where: { id: finding.id } })).verifiedAt).toBeInstanceOf(Date);
    expect((await eventsOf(finding.id)).map((event) => [event.kind, event.note])).toEqual([
      ["REPLIED", "已清理路面"],
      ["RETURNED", "照片不清晰"],
      ["REPLIED", "已重新清理并拍照"],
      ["VERIFIED", null],
    ]);
    expect((await db().auditLog.findMany({ where: { entityId: finding.id } })).map((entry) => entry.action)).toEqual([
      "finding.reply",
      "finding.verify",
      "finding.reply",
      "finding.verify",
    ]);
  });

  it("answers a repeated clientKey with the saved reply and writes nothing", async () => {
    const finding = await inA1("DISPATCHED");
    const sends = await Promise.all(Array.from({ length: 5 }, () => replyToFinding(s.actors.liaisonA1, { id: finding.id, text: "已整改", clientKey: "same" })));
    expect(sends.filter((send) => send.created)).toHaveLength(1);
    expect(new Set(sends.map((send) => send.reply.id)).size).toBe(1);
    const again = await replyToFinding(s.actors.liaisonA1, { id: finding.id, text: "另一段文字", clientKey: "same" });
    expect(again).toMatchObject({ created: false, reply: { text: "已整改" } });
    expect(await eventsOf(finding.id)).toHaveLength(1);
    expect(await db().auditLog.count({ where: { entityId: finding.id } })).toBe(1);
  });

  it("is 422, never a database error, for a clientKey with a control character", async () => {
    const finding = await inA1("DISPATCHED");
    await expect(replyToFinding(s.actors.liaisonA1, { id: finding.id, text: "已整改", clientKey: "k\u0000" })).rejects.toMatchObject({ status: 422 });
  });

  it("refuses illegal transitions with 409 and a Chinese message", async () => {
    const open = await inA1("OPEN");
    await expect(replyToFinding(s.actors.liaisonA1, { id: open.id, text: "已整改" })).rejects.toMatchObject({
      status: 409,
      code: "INVALID_TRANSITION",
      message: "问题当前为「待交办」，不能提交整改。",
    });
    const dispatched = await inA1("DISPATCHED");
    await expect(verifyFinding(s.actors.cityAdminA, { id: dispatched.id, decision: "ACCEPT" })).rejects.toMatchObject({
      status: 409,
      message: "问题当前为「整改中」，不能审核通过。",
    });
    const verified = await inA1("VERIFIED");
    await expect(verifyFinding(s.actors.cityAdminA, { id: verified.id, decision: "ACCEPT" })).rejects.toMatchObject({ status: 409 });
    await expect(replyToFinding(s.actors.liaisonA1, { id: verified.id, text: "再次整改" })).rejects.toMatchObject({ status: 409 });
  });

  it("is 409 with both versions for a stale version", async () => {
    const finding = await inA1("DISPATCHED");
    await expect(replyToFinding(s.actors.liaisonA1, { id: finding.id, text: "已整改", version: 7 })).rejects.toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
      details: { current: 1, submitted: 7 },
    });
  });

  it("keeps each party to its part: 422 without text, 403 for the wrong role, 404 beyond the scope", async () => {
    const finding = await inA1("DISPATCHED");
    await expect(replyToFinding(s.actors.liaisonA1, { id: finding.id, text: "  " })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { text: expect.any(Array) },
    });
    await expect(replyToFinding(s.actors.cityAdminA, { id: finding.id, text: "代为回复" })).rejects.toMatchObject({ status: 403 });
    await expect(verifyFinding(s.actors.liaisonA1, { id: finding.id, decision: "ACCEPT" })).rejects.toMatchObject({ status: 403 });
    await expect(verifyFinding(s.actors.inspectorA, { id: finding.id, decision: "ACCEPT" })).rejects.toMatchObject({ status: 403 });
    const otherDepartment = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA2.id, status: "DISPATCHED" });
    await expect(replyToFinding(s.actors.liaisonA1, { id: otherDepartment.finding.id, text: "已整改" })).rejects.toMatchObject({ status: 404 });
    await expect(verifyFinding(s.actors.cityAdminB, { id: finding.id, decision: "ACCEPT" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("reopen (finding.reopen)", () => {
  it("sends a verified finding back, clears its verification and flags a false rectification", async () => {
    const finding = await inA1("VERIFIED");
    const reopened = await reopenFinding(s.actors.cityAdminA, { id: finding.id, reason: "群众反映仍有垃圾", falseRectification: true, version: 1 });
    expect(reopened).toMatchObject({ status: "DISPATCHED", verifiedOn: null, falseRectification: true, version: 2 });
    const row = await db().finding.findUniqueOrThrow({ where: { id: finding.id } });
    expect(row.verifiedAt).toBeNull();
    expect((await eventsOf(finding.id)).map((event) => [event.kind, event.note])).toEqual([["REOPENED", "群众反映仍有垃圾"]]);
  });

  it("is 409 unless verified, 422 without a reason, 403 for a liaison, 404 in another city", async () => {
    const dispatched = await inA1("DISPATCHED");
    await expect(reopenFinding(s.actors.cityAdminA, { id: dispatched.id, reason: "再看看" })).rejects.toMatchObject({
      status: 409,
      message: "问题当前为「整改中」，不能重新打开。",
    });
    const verified = await inA1("VERIFIED");
    await expect(reopenFinding(s.actors.cityAdminA, { id: verified.id, reason: "" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { reason: expect.any(Array) },
    });
    await expect(reopenFinding(s.actors.liaisonA1, { id: verified.id, reason: "原因" })).rejects.toMatchObject({ status: 403 });
    await expect(reopenFinding(s.actors.cityAdminB, { id: verified.id, reason: "原因" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("redirect (finding.redirect)", () => {
  it("moves an open or dispatched finding to another of its check's departments, not the check", async () => {
    const { finding, check } = await createCheckFinding(db(), {
      cityId: s.cityA.id,
      departmentId: s.departmentA1.id,
      otherDepartmentId: s.departmentA2.id,
      status: "DISPATCHED",
    });
    const moved = await redirectFinding(s.actors.inspectorA, { id: finding.id, departmentId: s.departmentA2.id });
    expect(moved).toMatchObject({ department: { id: s.departmentA2.id }, status: "DISPATCHED", version: 2 });
    const links = await db().checkDepartment.findMany({ where: { checkId: check.id }, orderBy: { isPrimary: "desc" } });
    expect(links.map((link) => [link.departmentId, link.isPrimary])).toEqual([
      [s.departmentA1.id, true],
      [s.departmentA2.id, false],
    ]);
    expect((await eventsOf(finding.id)).map((event) => event.kind)).toEqual(["REDIRECTED"]);
    // Now A2's: A1's liaison no longer reaches it.
    await expect(replyToFinding(s.actors.liaisonA1, { id: finding.id, text: "已整改" })).rejects.toMatchObject({ status: 404 });
  });

  it("is 422 for a department the check does not count for, 409 after a reply, 403 for a liaison, 404 in another city", async () => {
    const open = await inA1("OPEN");
    await expect(redirectFinding(s.actors.cityAdminA, { id: open.id, departmentId: s.departmentB1.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { departmentId: ["只能改派给该检查的其他责任单位"] },
    });
    const submitted = await inA1("SUBMITTED");
    await expect(redirectFinding(s.actors.cityAdminA, { id: submitted.id, departmentId: s.departmentA2.id })).rejects.toMatchObject({ status: 409 });
    await expect(redirectFinding(s.actors.liaisonA1, { id: open.id, departmentId: s.departmentA2.id })).rejects.toMatchObject({ status: 403 });
    await expect(redirectFinding(s.actors.cityAdminB, { id: open.id, departmentId: s.departmentA2.id })).rejects.toMatchObject({ status: 404 });
  });
});

describe("回头看 (recheck.record)", () => {
  it("is the named inspector's when the round shares its sites out, and the office's", async () => {
    const { finding, site } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
    const round = await createRecheckRound(db(), s.cityA.id, [finding.id]);
    const named = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id });
    await db().roundSite.create({ data: { roundId: round.id, siteId: site.id, inspectorId: named.user.id } });
    await expect(recordRecheck(s.actors.inspectorA, { roundId: round.id, findingId: finding.id, result: "CONFIRMED" })).rejects.toMatchObject({ status: 403 });
    await expect(recordRecheck(named.actor, { roundId: round.id, findingId: finding.id, result: "NOT_FIXED", note: "垃圾仍在" })).resolves.toMatchObject({
      finding: { status: "DISPATCHED", falseRectification: true },
    });
    const flagged = await db().finding.findUniqueOrThrow({ where: { id: finding.id } });
    expect([flagged.verifiedOn, flagged.verifiedAt]).toEqual([null, null]);
  });

  it("needs a note to say a finding was not really fixed (422 on note, nothing recorded)", async () => {
    const { finding } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
    const round = await createRecheckRound(db(), s.cityA.id, [finding.id]);
    await expect(recordRecheck(s.actors.cityAdminA, { roundId: round.id, findingId: finding.id, result: "NOT_FIXED", note: "  " })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { note: ["请说明未整改到位的情况"] },
    });
    const item = await db().recheckItem.findUniqueOrThrow({ where: { roundId_findingId: { roundId: round.id, findingId: finding.id } } });
    expect(item.result).toBeNull();
  });

  it("records one result when two are sent at once, and the finding agrees with it", async () => {
    const { finding } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
    const round = await createRecheckRound(db(), s.cityA.id, [finding.id]);
    const outcomes = await Promise.allSettled(
      (["CONFIRMED", "NOT_FIXED"] as const).map((result) =>
        recordRecheck(s.actors.cityAdminA, { roundId: round.id, findingId: finding.id, result, note: "复查" }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    const item = await db().recheckItem.findUniqueOrThrow({
      where: { roundId_findingId: { roundId: round.id, findingId: finding.id } },
      include: { finding: true },
    });
    expect(item.finding.falseRectification).toBe(item.result === "NOT_FIXED");
    expect(item.finding.status).toBe(item.result === "NOT_FIXED" ? "DISPATCHED" : "VERIFIED");
  });
});

describe("the list's filter choices", () => {
  it("offer the departments and rounds with findings the actor may see", async () => {
    const own = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id });
    const other = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA2.id });
    const office = await listFindingFilterOptions(s.actors.cityAdminA);
    expect(office.departments.map((d) => d.id)).toEqual(expect.arrayContaining([s.departmentA1.id, s.departmentA2.id]));
    expect(office.rounds.map((r) => r.id)).toEqual(expect.arrayContaining([own.round.id, other.round.id]));
    const liaison = await listFindingFilterOptions(s.actors.liaisonA1);
    expect(liaison.departments.map((d) => d.id)).toEqual([s.departmentA1.id]);
    expect(liaison.rounds.map((r) => r.id)).not.toContain(other.round.id);
    expect((await listFindingFilterOptions(s.actors.cityAdminB)).departments.map((d) => d.id)).not.toContain(s.departmentA1.id);
  });
});
