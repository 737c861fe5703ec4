import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { SNAPSHOT_SCHEMA_VERSION, type PublishedList, type RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { getBlackListEscalations } from "@/lib/server/dashboard/get-black-list-escalations";
import { getFindingDeadlines } from "@/lib/server/dashboard/get-finding-deadlines";
import { getLedgerReviewQueue } from "@/lib/server/dashboard/get-ledger-review-queue";
import { getRectificationFunnel } from "@/lib/server/dashboard/get-rectification-funnel";
import { getRoundScoreTrend } from "@/lib/server/dashboard/get-round-score-trend";
import { countUnsignedTasks } from "@/lib/server/dashboard/get-unsigned-tasks";
import { listFindings, parseFindingQuery } from "@/lib/server/findings/list-findings";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound } from "@/tests/factories/inspection";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createLedgerEntry, createTask } from "@/tests/factories/task";
import { createUser } from "@/tests/factories/user";

// Each tile on a small hand-built city; the scenario's city B (and a second scenario) hold rows
// that must never be counted.
let s: CityScenario;
let other: CityScenario;
let editionId: string;
beforeAll(async () => {
  s = await createCityScenario(db());
  other = await createCityScenario(db());
  editionId = (await createEditionFromTree(db())).edition.id;
});

/** A fresh city of its own, with its office, for tiles that read "the latest" or "the last 30 days". */
async function newCityAdmin(): Promise<Actor> {
  return (await createUser(db(), { role: "CITY_ADMIN", provinceId: s.province.id })).actor;
}

type FindingRow = { cityId: string; departmentId: string; due: string; status?: FindingStatus; createdAt?: Date };
function finding({ cityId, departmentId, due, status = "DISPATCHED", createdAt }: FindingRow) {
  return db().finding.create({
    data: { cityId, departmentId, description: "测试问题", dueDate: parseBusinessDate(due), status, ...(createdAt ? { createdAt } : {}) },
  });
}

describe("getRoundScoreTrend", () => {
  it("reads the stored score of the latest closed scored round, shown at 2 decimals with its veto", async () => {
    const admin = await newCityAdmin();
    const cityId = admin.cityId!;
    const round = (periodEnd: string, overrides: Parameters<typeof createRound>[1] extends infer O ? Partial<O> : never = {}) =>
      createRound(db(), {
        cityId,
        editionId,
        createdById: admin.id,
        status: "CLOSED",
        kind: "WEEKLY",
        periodStart: addDays(periodEnd, -6),
        periodEnd,
        ...overrides,
      });
    const unscored = await round("2026-03-07");
    const scored = await round("2026-03-14");
    await db().roundScore.create({
      data: {
        cityId,
        roundId: scored.id,
        inputHash: "h",
        input: {},
        result: { cityScore: "87.5050", vetoed: true, criteria: [], departments: [], redList: [], blackList: [] },
      },
    });
    await round("2026-03-21", { kind: "RECHECK" });
    await round("2026-03-28", { status: "IN_PROGRESS" });
    await createRound(db(), { cityId: s.cityB.id, editionId, createdById: admin.id, status: "CLOSED", periodEnd: "2026-04-30" });

    const { latest, trend } = await getRoundScoreTrend(admin);
    expect(latest).toEqual({ roundId: scored.id, name: scored.name, periodEnd: "2026-03-14", cityScore: "87.51", vetoed: true });
    expect(trend.map((point) => [point.roundId, point.cityScore])).toEqual([
      [unscored.id, null],
      [scored.id, "87.51"],
    ]);
  });

  it("keeps the last 12 closed rounds, oldest first, and is empty for a city with none", async () => {
    const admin = await newCityAdmin();
    expect(await getRoundScoreTrend(admin)).toEqual({ latest: null, trend: [] });
    for (let week = 1; week <= 13; week++) {
      const periodEnd = addDays("2026-01-03", 7 * week);
      const round = await createRound(db(), {
        cityId: admin.cityId!,
        editionId,
        createdById: admin.id,
        status: "CLOSED",
        periodStart: addDays(periodEnd, -6),
        periodEnd,
      });
      const result = { cityScore: `${80 + week}.0000`, vetoed: false, criteria: [], departments: [], redList: [], blackList: [] };
      await db().roundScore.create({ data: { cityId: admin.cityId!, roundId: round.id, inputHash: "h", input: {}, result } });
    }
    const { latest, trend } = await getRoundScoreTrend(admin);
    expect(trend.map((point) => point.cityScore)).toEqual([
      "82.00",
      "83.00",
      "84.00",
      "85.00",
      "86.00",
      "87.00",
      "88.00",
      "89.00",
      "90.00",
      "91.00",
      "92.00",
      "93.00",
    ]);
    expect(latest?.cityScore).toBe("93.00");
  });
});

describe("getFindingDeadlines", () => {
  const today = "2026-06-10";
  beforeAll(async () => {
    const a1 = { cityId: s.cityA.id, departmentId: s.departmentA1.id };
    const a2 = { cityId: s.cityA.id, departmentId: s.departmentA2.id };
    await finding({ ...a1, due: "2026-06-09" });
    await finding({ ...a1, due: "2026-06-10", status: "OPEN" });
    await finding({ ...a1, due: "2026-06-16", status: "SUBMITTED" });
    await finding({ ...a1, due: "2026-06-17" });
    await finding({ ...a1, due: "2026-06-01", status: "VERIFIED" });
    await finding({ ...a1, due: "2026-06-01", status: "WITHDRAWN" });
    await finding({ ...a2, due: "2026-06-05", status: "RETURNED" });
    await finding({ ...a2, due: "2026-06-12", status: "WITHDRAWN" });
    await finding({ cityId: s.cityB.id, departmentId: s.departmentB1.id, due: "2026-06-09" });
    await finding({ cityId: other.cityA.id, departmentId: other.departmentA1.id, due: "2026-06-11" });
  });

  it("counts unresolved findings overdue and due today … today + 6 by department; withdrawn, verified and other cities' never", async () => {
    const deadlines = await getFindingDeadlines(s.actors.cityAdminA, today);
    expect(deadlines).toEqual({
      today,
      dueSoonEnd: "2026-06-16",
      overdue: 2,
      dueSoon: 2,
      departments: [
        { departmentId: s.departmentA1.id, name: s.departmentA1.name, overdue: 1, dueSoon: 2 },
        { departmentId: s.departmentA2.id, name: s.departmentA2.name, overdue: 1, dueSoon: 0 },
      ],
    });
  });

  it("moves the window with today: due today is not overdue, due today + 7 is not yet due soon", async () => {
    const dayAfter = await getFindingDeadlines(s.actors.cityAdminA, "2026-06-11");
    expect(dayAfter.departments.find((row) => row.departmentId === s.departmentA1.id)).toMatchObject({ overdue: 2, dueSoon: 2 });
  });

  it("is read-only for the city's inspector and refused to a liaison and a supervisor", async () => {
    expect(await getFindingDeadlines(s.actors.inspectorA, today)).toEqual(await getFindingDeadlines(s.actors.cityAdminA, today));
    await expect(getFindingDeadlines(s.actors.liaisonA1, today)).rejects.toMatchObject({ status: 403 });
    await expect(getFindingDeadlines(s.actors.supervisor, today)).rejects.toMatchObject({ status: 403 });
  });

  it("gives the numbers the findings list shows behind each link (today, Shanghai)", async () => {
    const admin = await newCityAdmin();
    const department = await createDepartment(db(), { cityId: admin.cityId! });
    const now = todayInShanghai();
    const row = { cityId: admin.cityId!, departmentId: department.id };
    for (const due of [addDays(now, -1), addDays(now, -30), now, addDays(now, 6), addDays(now, 7)]) await finding({ ...row, due });
    await finding({ ...row, due: addDays(now, 1), status: "VERIFIED" });
    const tile = await getFindingDeadlines(admin);
    const listed = async (params: Record<string, string>) => (await listFindings(admin, parseFindingQuery(params))).total;
    expect([tile.overdue, tile.dueSoon]).toEqual([2, 2]);
    expect(await listed({ overdue: "1" })).toBe(tile.overdue);
    expect(await listed({ dueSoon: "1" })).toBe(tile.dueSoon);
    expect(await listed({ dueSoon: "1", department: department.id })).toBe(tile.departments[0].dueSoon);
  });
});

describe("getLedgerReviewQueue and countUnsignedTasks", () => {
  beforeAll(async () => {
    const lead = { leadDepartmentId: s.departmentA1.id };
    const reviewed = await createTask(db(), { ...lead, dispatchStatus: "ACKNOWLEDGED" });
    for (const reviewStatus of ["PENDING", "PENDING", "ACCEPTED"] as const) {
      await createLedgerEntry(db(), { taskId: reviewed.id, departmentId: s.departmentA1.id, reviewStatus });
    }
    const withDeletedEntry = await createTask(db(), { ...lead, dispatchStatus: "ACKNOWLEDGED" });
    const deletedEntry = await createLedgerEntry(db(), { taskId: withDeletedEntry.id, departmentId: s.departmentA1.id });
    await db().ledgerEntry.update({ where: { id: deletedEntry.id }, data: { deletedAt: new Date() } });
    const deletedTask = await createTask(db(), { ...lead, dispatchStatus: "DISPATCHED" });
    await createLedgerEntry(db(), { taskId: deletedTask.id, departmentId: s.departmentA1.id });
    await db().task.update({ where: { id: deletedTask.id }, data: { deletedAt: new Date() } });
    const returned = await createTask(db(), { ...lead, dispatchStatus: "ACKNOWLEDGED" });
    await createLedgerEntry(db(), { taskId: returned.id, departmentId: s.departmentA1.id, reviewStatus: "RETURNED" });
    await createTask(db(), { ...lead, dispatchStatus: "DISPATCHED" });
    await createTask(db(), { leadDepartmentId: s.departmentA2.id, dispatchStatus: "DISPATCHED" });
    await createTask(db(), { ...lead, dispatchStatus: "DRAFT" });
    await createTask(db(), { ...lead, dispatchStatus: "CHANGE_REQUESTED" });
    const cityB = await createTask(db(), { leadDepartmentId: s.departmentB1.id, dispatchStatus: "DISPATCHED" });
    await createLedgerEntry(db(), { taskId: cityB.id, departmentId: s.departmentB1.id });
  });

  it("counts the pending entries of live tasks and the tasks that hold them, as /tasks?pendingReview=1 lists", async () => {
    expect(await getLedgerReviewQueue(s.actors.cityAdminA)).toEqual({ entries: 2, tasks: 1 });
    expect((await listTasks(s.actors.cityAdminA, { pendingReview: "1" })).total).toBe(1);
    expect(await getLedgerReviewQueue(s.actors.inspectorA)).toEqual({ entries: 2, tasks: 1 });
    await expect(getLedgerReviewQueue(s.actors.liaisonA1)).rejects.toMatchObject({ status: 403 });
  });

  it("counts the live tasks dispatched and not signed for, as /tasks?dispatchStatus=DISPATCHED lists", async () => {
    expect(await countUnsignedTasks(s.actors.cityAdminA)).toBe(2);
    expect((await listTasks(s.actors.cityAdminA, { dispatchStatus: "DISPATCHED" })).total).toBe(2);
    expect(await countUnsignedTasks(s.actors.inspectorA)).toBe(2);
    await expect(countUnsignedTasks(s.actors.supervisor)).rejects.toMatchObject({ status: 403 });
  });
});

describe("getBlackListEscalations", () => {
  const list = (name: string, blackList: PublishedList["blackList"], isDefault = false): PublishedList => ({
    id: `list-${name}`,
    name,
    isDefault,
    metric: "COMPOSITE",
    members: { kind: "ALL" },
    redCount: 1,
    blackCount: 1,
    blackThreshold: "85.0000",
    ranking: [],
    redList: [],
    blackList,
  });
  const snapshot = (city: { id: string; name: string }, periodEnd: string, lists: PublishedList[]): RoundSnapshot => ({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    kind: "ROUND",
    city: { id: city.id, name: city.name, slug: "test" },
    round: { id: "r", name: "周督查", kind: "WEEKLY", periodStart: addDays(periodEnd, -6), periodEnd, closedAt: null },
    computedAt: "2026-03-20T08:00:00.000+08:00",
    input: { criteria: [], checks: [], findings: [], tasks: [], period: { start: addDays(periodEnd, -6), end: periodEnd } },
    inputHash: "hash",
    result: { cityScore: null, vetoed: false, criteria: [], departments: [], redList: [], blackList: [] },
    departments: [],
    lists,
    planProgress: { plan: null, actions: [] },
    rectification: { due: 0, rectifiedOnTime: 0, overdue: 0 },
  });
  type PublicationRow = { cityId: string; number: number; periodEnd: string; publishedAt: string; lists: PublishedList[]; supersedesId?: string };
  async function publish(admin: Actor, city: { id: string; name: string }, row: PublicationRow) {
    return db().publication.create({
      data: {
        scope: "CITY",
        kind: "ROUND",
        cityId: row.cityId,
        periodStart: parseBusinessDate(addDays(row.periodEnd, -6)),
        periodEnd: parseBusinessDate(row.periodEnd),
        title: `2026年第${row.number}期`,
        issueYear: 2026,
        issueNumber: row.number,
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        // The calculator input types `meta` as unknown, which Prisma's JSON type does not take.
        snapshot: snapshot(city, row.periodEnd, row.lists) as Prisma.InputJsonValue,
        publishedAt: new Date(row.publishedAt),
        publishedById: admin.id,
        supersedesId: row.supersedesId ?? null,
      },
    });
  }

  it("is null before anything is published (尚未发布通报)", async () => {
    expect(await getBlackListEscalations(await newCityAdmin())).toBeNull();
  });

  it("reads each list's black members with level and step from the latest publication in force", async () => {
    const admin = await newCityAdmin();
    const city = await db().city.findUniqueOrThrow({ where: { id: admin.cityId! } });
    const jia = await createDepartment(db(), { cityId: city.id, name: `甲局${city.id}` });
    const yi = await createDepartment(db(), { cityId: city.id, name: `乙局${city.id}` });
    const at = (row: Omit<PublicationRow, "cityId">) => publish(admin, city, { ...row, cityId: city.id });
    const level = (department: string, n: number, step: "REMINDER_LETTER" | "LEADER_MEETING" | "ACCOUNTABILITY") => ({ department, level: n, step });
    const first = await at({
      number: 1,
      periodEnd: "2026-03-07",
      publishedAt: "2026-03-08T10:00:00+08:00",
      lists: [list("综合", [level(jia.name, 1, "REMINDER_LETTER")], true)],
    });
    const second = await at({
      number: 2,
      periodEnd: "2026-03-14",
      publishedAt: "2026-03-15T10:00:00+08:00",
      lists: [list("综合", [level(yi.name, 9, "ACCOUNTABILITY")], true)],
    });
    const corrected = await at({
      number: 3,
      periodEnd: "2026-03-14",
      publishedAt: "2026-03-16T10:00:00+08:00",
      supersedesId: second.id,
      lists: [list("综合", [level(jia.name, 2, "LEADER_MEETING"), level("已撤并的局", 3, "ACCOUNTABILITY")], true), list("街道榜", [])],
    });
    // A correction of an older round, published last: the newer period stays the one in force.
    await at({ number: 4, periodEnd: "2026-03-07", publishedAt: "2026-03-17T10:00:00+08:00", supersedesId: first.id, lists: [list("综合", [], true)] });
    await publish(admin, city, {
      cityId: s.cityB.id,
      number: 90,
      periodEnd: "2026-04-30",
      publishedAt: "2026-05-01T10:00:00+08:00",
      lists: [list("综合", [], true)],
    });

    expect(await getBlackListEscalations(admin)).toEqual({
      publication: { id: corrected.id, title: "2026年第3期", publishedAt: "2026-03-16 10:00" },
      lists: [
        {
          id: "list-综合",
          name: "综合",
          members: [
            { department: jia.name, departmentId: jia.id, level: 2, step: "LEADER_MEETING" },
            { department: "已撤并的局", departmentId: null, level: 3, step: "ACCOUNTABILITY" },
          ],
        },
        { id: "list-街道榜", name: "街道榜", members: [] },
      ],
    });
  });

  it("is refused to a liaison (its own results come with publications)", async () => {
    await expect(getBlackListEscalations(s.actors.liaisonA1)).rejects.toMatchObject({ status: 403 });
  });
});

describe("getRectificationFunnel", () => {
  it("counts the last 30 days' findings (withdrawn excluded) at each stage reached, and the overdue ones", async () => {
    const admin = await newCityAdmin();
    const department = await createDepartment(db(), { cityId: admin.cityId! });
    const row = (status: FindingStatus, created: string, due: string) =>
      finding({ cityId: admin.cityId!, departmentId: department.id, status, due, createdAt: new Date(created) });
    await row("OPEN", "2026-06-01T00:00:00+08:00", "2026-07-10");
    await row("DISPATCHED", "2026-06-10T09:00:00+08:00", "2026-06-20");
    await row("SUBMITTED", "2026-06-15T09:00:00+08:00", "2026-07-05");
    await row("RETURNED", "2026-06-15T09:00:00+08:00", "2026-06-29");
    await row("VERIFIED", "2026-06-20T09:00:00+08:00", "2026-06-25");
    await row("WITHDRAWN", "2026-06-20T09:00:00+08:00", "2026-06-21");
    await row("OPEN", "2026-05-31T23:59:59+08:00", "2026-06-02");
    await finding({ cityId: s.cityB.id, departmentId: s.departmentB1.id, due: "2026-06-02", createdAt: new Date("2026-06-20T09:00:00+08:00") });

    expect(await getRectificationFunnel(admin, "2026-06-30")).toEqual({
      from: "2026-06-01",
      to: "2026-06-30",
      found: 5,
      dispatched: 4,
      replied: 3,
      verified: 1,
      overdue: 2,
    });
  });
});
