import sharp from "sharp";
import { db } from "@/lib/db";
import { makeTrackingCode } from "@/lib/domain/citizen-reports/tracking-code";
import { parseBusinessDate } from "@/lib/domain/dates";
import { correctPublication } from "@/lib/server/publications/correct-publication";
import { publishProvincePublication } from "@/lib/server/publications/publish-province-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { fileStore } from "@/lib/server/storage";
import { createCitizenReport, createReportCategory } from "@/tests/factories/citizen-report";
import { createPlan } from "@/tests/factories/plan";
import { createLedgerEntry, createTask } from "@/tests/factories/task";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/user";
import { rectifyReport } from "./citizen-report-world";
import { createPublicationsWorld } from "./publications-world";

// The leak test's world (issue 10 §4): a nominated city with two published rounds (the first
// corrected), a month and a province ranking — and, planted around them, everything the public
// must never see: an unpublished round, staff phones and e-mails, responsible persons, leaders,
// review comments, check notes (of the published round too: they are in its snapshot's input),
// finding descriptions, evidence file names, a correction's reason, unaccepted citizen reports.
// Every planted value carries a token of its own, so a hit can only be that value.

const SCORES = { a: [3, 4], b: [1, 4], s1: [4, 4], s2: [0, 4] } as const satisfies Record<string, [number, number]>;

async function storeEvidence(cityId: string, originalName: string, owner: Record<string, string>) {
  const bytes = await sharp({ create: { width: 32, height: 24, channels: 3, background: "#a33" } })
    .jpeg()
    .toBuffer();
  const hash = await fileStore().put(bytes);
  return db().evidenceFile.create({
    data: { cityId, contentHash: hash, thumbnailHash: hash, size: bytes.length, mimeType: "image/jpeg", originalName, ...owner },
  });
}

export async function createPublicLeakWorld() {
  const token = () => `泄${uniqueSuffix()}`;
  const secrets = {
    staffPhone: `139${String(Date.now()).slice(-4)}${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`,
    staffEmail: `leak-${uniqueSuffix()}@staff.test`,
    staffName: `员工${token()}`,
    liaisonName: `联络员${token()}`,
    liaisonPhone: `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    leaderName: `局长${token()}`,
    responsiblePerson: `责任人${token()}`,
    taskDescription: `任务说明${token()}`,
    ledgerText: `台账内容${token()}`,
    reviewComment: `审核意见${token()}`,
    publishedCheckNote: `已发布轮次核查备注${token()}`,
    unpublishedCheckNote: `未发布轮次核查备注${token()}`,
    unpublishedRoundName: `未发布轮次${token()}`,
    reopenReason: `重开原因${token()}`,
    findingDescription: `问题描述${token()}`,
    replyNote: `整改回复${token()}`,
    correctionReason: `更正原因${token()}`,
    evidenceName: `佐证${token()}.jpg`,
    reportDescription: `随手拍描述${token()}`,
    reportAddress: `随手拍地址${token()}`,
    reportStreet: `随手拍街道${token()}`,
    reportContact: `136${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    reportPhotoName: `随手拍照片${token()}.jpg`,
  };

  const w = await createPublicationsWorld();
  const cityId = w.city.id;
  for (const department of Object.values(w.departments)) {
    await db().department.update({
      where: { id: department.id },
      data: { leaderName: secrets.leaderName, leaderTitle: "局长", liaisonName: secrets.liaisonName, liaisonPhone: secrets.liaisonPhone },
    });
  }
  await db().user.update({ where: { id: w.office.user.id }, data: { phone: secrets.staffPhone, name: secrets.staffName } });
  const staff = await createUser(db(), { role: "CITY_ADMIN", cityId, email: secrets.staffEmail, phone: secrets.staffPhone, name: secrets.staffName });
  await db().user.update({ where: { id: w.inspector.user.id }, data: { name: secrets.staffName, phone: secrets.staffPhone } });

  // The plan the publications' progress is read from, with a task and its ledger.
  const plan = await createPlan(db(), { cycleId: w.cycle.id, year: 2026, actions: [{ name: "市容环境整治行动" }] });
  const task = await createTask(db(), {
    actionId: plan.actions[0].id,
    leadDepartmentId: w.departments.a.id,
    responsiblePerson: secrets.responsiblePerson,
    completedAt: new Date(),
  });
  await db().task.update({ where: { id: task.id }, data: { description: secrets.taskDescription } });
  const entry = await createLedgerEntry(db(), { taskId: task.id, departmentId: w.departments.a.id, createdById: w.liaisonA.user.id, text: secrets.ledgerText });
  await db().ledgerEntry.update({
    where: { id: entry.id },
    data: { reviewStatus: "RETURNED", reviewComment: secrets.reviewComment, reviewedById: staff.user.id },
  });
  await storeEvidence(cityId, secrets.evidenceName, { ledgerEntryId: entry.id });

  // Published round: its checks carry notes and a photo, its failed check a finding with a reply.
  const round = await w.closedRound(SCORES);
  await db().check.updateMany({ where: { roundId: round.id }, data: { note: secrets.publishedCheckNote } });
  const failed = await db().check.findFirstOrThrow({ where: { roundId: round.id, passed: false }, include: { departments: true } });
  await storeEvidence(cityId, secrets.evidenceName, { checkId: failed.id });
  const finding = await db().finding.create({
    data: {
      cityId,
      roundId: round.id,
      checkId: failed.id,
      criterionId: failed.criterionId,
      siteId: failed.siteId,
      departmentId: failed.departments[0].departmentId,
      description: secrets.findingDescription,
      dueDate: parseBusinessDate("2026-03-01"),
      status: "SUBMITTED",
    },
  });
  const reply = await db().rectificationEvent.create({ data: { cityId, findingId: finding.id, kind: "REPLIED", note: secrets.replyNote } });
  await storeEvidence(cityId, secrets.evidenceName, { rectificationEventId: reply.id });
  const first = await publishPublication(w.office.actor, { kind: "ROUND", roundId: round.id });
  const correction = await correctPublication(w.office.actor, { id: first.id, reason: secrets.correctionReason });
  const second = await publishPublication(w.office.actor, { kind: "ROUND", roundId: (await w.closedRound(SCORES)).id });
  const month = await publishPublication(w.office.actor, { kind: "MONTH", periodStart: "2026-03-01", periodEnd: "2026-03-31" });
  const province = await publishProvincePublication(w.supervisor.actor, {
    scope: "PROVINCE",
    kind: "MONTH",
    periodStart: "2026-03-01",
    periodEnd: "2026-03-31",
  });

  // Closed, never published: neither its name nor its id nor its notes may show.
  const unpublished = await w.closedRound({ a: [0, 4], b: [4, 4], s1: [2, 4], s2: [1, 4] });
  await db().inspectionRound.update({ where: { id: unpublished.id }, data: { name: secrets.unpublishedRoundName, reopenReason: secrets.reopenReason } });
  await db().check.updateMany({ where: { roundId: unpublished.id }, data: { note: secrets.unpublishedCheckNote } });

  // Citizen reports: one waiting (RECEIVED), one the office verified as fixed (its status page is public).
  const category = await createReportCategory(db(), { cityId });
  const { report: received } = await createCitizenReport(db(), {
    cityId,
    categoryId: category.id,
    contact: secrets.reportContact,
    street: secrets.reportStreet,
  });
  // the factory's codes are not trackable ones: the status routes would answer 404 without reading
  const trackable = { description: secrets.reportDescription, address: secrets.reportAddress };
  const receivedCode = (await db().citizenReport.update({ where: { id: received.id }, data: { ...trackable, code: makeTrackingCode(2026) } })).code;
  await storeEvidence(cityId, secrets.reportPhotoName, { citizenReportId: received.id });
  const { report: fixed } = await createCitizenReport(db(), { cityId, categoryId: category.id, contact: secrets.reportContact, street: secrets.reportStreet });
  const fixedCode = (await db().citizenReport.update({ where: { id: fixed.id }, data: { ...trackable, code: makeTrackingCode(2026) } })).code;
  const rectified = await rectifyReport(fixedCode);

  const internalIds = {
    city: cityId,
    province: w.city.provinceId,
    cycle: w.cycle.id,
    edition: w.edition.id,
    ...Object.fromEntries(Object.entries(w.departments).map(([key, department]) => [`department-${key}`, department.id])),
    office: w.office.user.id,
    inspector: w.inspector.user.id,
    liaison: w.liaisonA.user.id,
    supervisor: w.supervisor.user.id,
    staff: staff.user.id,
    publishedRound: round.id,
    unpublishedRound: unpublished.id,
    task: task.id,
    ledgerEntry: entry.id,
    finding: finding.id,
    reportFinding: rectified.finding.id,
    receivedReport: received.id,
    fixedReport: fixed.id,
    category: category.id,
    plan: plan.annualPlan.id,
    action: plan.actions[0].id,
    list: w.lists.streets.id,
  };

  return {
    w,
    city: w.city,
    publications: { first, correction, second, month, province },
    unpublished,
    reports: { received: { ...received, code: receivedCode }, fixed: { ...fixed, code: fixedCode } },
    category,
    secrets,
    internalIds,
  };
}

export type PublicLeakWorld = Awaited<ReturnType<typeof createPublicLeakWorld>>;
