import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_TEST_PASSWORD } from "./support/seed-test-password";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { addDays, formatBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { checkLosesPoints } from "@/lib/domain/findings/check-loses-points";
import { isOverdue } from "@/lib/domain/findings/finding-transitions";
import { parseSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { storedCheckOutcome } from "@/lib/domain/scoring/stored-check-outcome";
import { loadUserActor } from "@/lib/server/auth/load-actor";
import { getRoundDetail } from "@/lib/server/rounds/get-round-detail";
import { buildRoundScoreInput } from "@/lib/server/scoring/build-round-score-input";
import { scoreCalculatorInput } from "@/lib/server/scoring/get-round-scores";
import { hashScoreInput } from "@/lib/server/scoring/hash-score-input";
import { deriveTaskStatus } from "@/lib/domain/tasks/task-status";
import { fileStore } from "@/lib/server/storage";
import { statusFactsOf, taskStatusSelect } from "@/lib/server/tasks/task-row";
import { storeSampleEvidence } from "@/prisma/seed/evidence-images";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/seed-demo";

const PASSWORD = SEED_TEST_PASSWORD;

const siteTypeNames = new Map<string, string>();
async function siteTypeName(id: string) {
  if (!siteTypeNames.has(id)) siteTypeNames.set(id, (await db().siteType.findUniqueOrThrow({ where: { id } })).name);
  return siteTypeNames.get(id);
}

// Counted within the demo province, so that other test files on a shared database do not interfere.
async function counts() {
  const client = db();
  const city = { city: { province: { code: "GS" } } };
  return {
    provinces: await client.province.count({ where: { code: "GS" } }),
    cities: await client.city.count({ where: { province: { code: "GS" } } }),
    departments: await client.department.count({ where: city }),
    users: await client.user.count({ where: { email: { endsWith: "@demo.local" } } }),
    memberships: await client.roleMembership.count({ where: { user: { email: { endsWith: "@demo.local" } } } }),
    criteria: await client.criterion.count({ where: { edition: { code: "SAMPLE-2026" } } }),
    sites: await client.site.count({ where: city }),
    siteTypes: await client.siteType.count({ where: { name: { in: ["主次干道", "网吧"] } } }),
    cycles: await client.creationCycle.count({ where: city }),
    actions: await client.planAction.count({ where: { annualPlan: { threeYearPlan: city } } }),
    responsibilities: await client.cityCriterionDepartment.count({ where: { department: city } }),
    audit: await client.auditLog.count({ where: { action: "seed.demo" } }),
    tasks: await client.task.count({ where: { leadDepartment: city } }),
    entries: await client.ledgerEntry.count({ where: { department: city } }),
    evidence: await client.evidenceFile.count({ where: { ledgerEntry: { department: city } } }),
    rounds: await client.inspectionRound.count({ where: city }),
    checks: await client.check.count({ where: { round: city } }),
    findings: await client.finding.count({ where: city }),
    reports: await client.citizenReport.count({ where: city }),
    reportCategories: await client.reportCategory.count({ where: city }),
    roundScores: await client.roundScore.count({ where: { round: city } }),
    publications: await client.publication.count({ where: { OR: [city, { province: { code: "GS" } }] } }),
    bulletins: await client.publicationBulletin.count({ where: { publication: { OR: [city, { province: { code: "GS" } }] } } }),
  };
}

describe("seedDemo", () => {
  let created = false;

  // A fresh embedded database per file; on a shared PostgreSQL an earlier run may have seeded it,
  // or seed-sites.test.ts may be seeding it (with the same password) at this very moment.
  beforeAll(async () => {
    const isSeeded = (await db().province.count({ where: { code: "GS" } })) > 0;
    const result = await seedDemo({ password: PASSWORD }).catch((error: { code?: string }) => {
      if (error.code === "P2002") return { created: false };
      throw error;
    });
    if (isSeeded) expect(result).toEqual({ created: false });
    created = result.created;
  });

  it("creates the demo province, its three cities and the demo city's departments", async () => {
    const province = await db().province.findUniqueOrThrow({ where: { code: "GS" }, include: { cities: true } });
    expect(province.name).toBe("甘肃省");
    expect(province.cities.map((c) => c.slug).sort()).toEqual(["jiayuguan", "jiuquan", "zhangye"]);
    const jiayuguan = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" }, include: { departments: true } });
    expect(jiayuguan.name).toBe("嘉峪关市");
    expect(jiayuguan.departments.length).toBeGreaterThanOrEqual(20);
    expect(jiayuguan.departments.filter((d) => d.kind === "STREET_OFFICE")).toHaveLength(6);
    expect(jiayuguan.departments.every((d) => d.leaderName && d.liaisonName && d.liaisonPhone)).toBe(true);
  });

  it("creates the demo accounts with their role, scope and password", async () => {
    const users = await db().user.findMany({
      where: { email: { endsWith: "@demo.local" } },
      omit: { passwordHash: false },
      include: { memberships: { include: { city: true, department: true, province: true } } },
    });
    expect(users).toHaveLength(DEMO_ACCOUNTS.length + 2);
    const byEmail = new Map(users.map((user) => [user.email, user]));
    const scopeOf = (email: string) => {
      const [membership] = byEmail.get(email)!.memberships;
      return [membership.role, membership.province?.code ?? null, membership.city?.slug ?? null, membership.department?.name ?? null];
    };
    expect(scopeOf("admin@demo.local")).toEqual(["SYSTEM_ADMIN", null, null, null]);
    expect(scopeOf("supervisor@demo.local")).toEqual(["PROVINCE_SUPERVISOR", "GS", null, null]);
    expect(scopeOf("office@demo.local")).toEqual(["CITY_ADMIN", null, "jiayuguan", null]);
    expect(scopeOf("inspector@demo.local")).toEqual(["INSPECTOR", null, "jiayuguan", null]);
    expect(scopeOf("liaison@demo.local")).toEqual(["DEPARTMENT_LIAISON", null, "jiayuguan", "市城管局"]);
    expect(scopeOf("office.zhangye@demo.local")).toEqual(["CITY_ADMIN", null, "zhangye", null]);
    expect(scopeOf("office.jiuquan@demo.local")).toEqual(["CITY_ADMIN", null, "jiuquan", null]);
    for (const user of users) {
      expect(user.isDemo).toBe(true);
      expect(user.memberships).toHaveLength(1);
      expect(user.mustChangePassword).toBe(true);
      expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    }
    expect(await verifyPassword(users[0].passwordHash, "wrong")).toBe(false);
  });

  it("imports the sample edition and resolves every criterion to the demo city's departments", async () => {
    const edition = await db().indicatorEdition.findUniqueOrThrow({ where: { code: "SAMPLE-2026" }, include: { criteria: true } });
    const total = edition.criteria.reduce((sum, c) => sum.plus(c.points.toString()), new Decimal(0));
    expect(total.toString()).toBe("100");
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const rows = await db().cityCriterionDepartment.findMany({ where: { cityId: city.id }, include: { department: true } });
    expect(rows.every((row) => row.department.cityId === city.id)).toBe(true);
    for (const criterion of edition.criteria) {
      expect(rows.filter((row) => row.criterionId === criterion.id && row.role === "LEAD").length).toBeGreaterThanOrEqual(1);
    }
    const streets = rows.filter((row) => row.criterionId === edition.criteria.find((c) => c.code === "C09-01-2")!.id);
    expect(streets).toHaveLength(6);
  });

  it("gives the demo city a current cycle, plans with eight actions and sites", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const cycle = await db().creationCycle.findFirstOrThrow({
      where: { cityId: city.id, isCurrent: true },
      include: { years: { orderBy: { year: "asc" } }, edition: true },
    });
    expect(cycle.edition?.code).toBe("SAMPLE-2026");
    // The demo never ages: this year (in Shanghai) is the cycle's last.
    const year = Number(todayInShanghai().slice(0, 4));
    expect(cycle.years.map((y) => [y.year, y.weight.toString()])).toEqual([
      [year - 2, "0.15"],
      [year - 1, "0.25"],
      [year, "0.6"],
    ]);
    const annual = await db().annualPlan.findFirstOrThrow({ where: { cityId: city.id, year }, include: { actions: true } });
    expect(annual.actions.map((a) => a.name)).toContain("市容环境整治行动");
    expect(annual.actions).toHaveLength(8);
    const sites = await db().site.findMany({ where: { cityId: city.id }, include: { siteType: true } });
    expect(sites.length).toBeGreaterThanOrEqual(30);
    expect(new Set(sites.map((s) => s.siteType.name)).size).toBeGreaterThanOrEqual(10);
    expect(await db().siteType.count()).toBeGreaterThanOrEqual(26);
    expect(await db().auditLog.count({ where: { action: "seed.demo", entityType: "Province", actorLabel: "system" } })).toBe(1);
  });

  it("gives the demo city a lived-in task list over the eight actions", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const tasks = await db().task.findMany({
      where: { cityId: city.id, deletedAt: null },
      select: {
        ...taskStatusSelect,
        id: true,
        actionId: true,
        dispatchStatus: true,
        changeReason: true,
        leadDepartmentId: true,
        coDepartments: true,
        criteria: true,
      },
    });
    expect(tasks.length).toBeGreaterThanOrEqual(70);
    expect(tasks.length).toBeLessThanOrEqual(90);
    expect(new Set(tasks.map((task) => task.actionId)).size).toBe(8);
    expect(new Set(tasks.map((task) => task.leadDepartmentId)).size).toBeGreaterThanOrEqual(14);
    expect(tasks.filter((task) => task.criteria.length > 0).length).toBeGreaterThan(60);
    const dispatch = new Set(tasks.map((task) => task.dispatchStatus));
    expect([...dispatch].sort()).toEqual(["ACKNOWLEDGED", "CHANGE_REQUESTED", "DISPATCHED", "DRAFT"]);
    expect(tasks.filter((task) => task.dispatchStatus === "CHANGE_REQUESTED").every((task) => task.changeReason)).toBe(true);
    expect(tasks.some((task) => task.recurrence !== "NONE" && task.occurrences.length > 0)).toBe(true);
    const today = todayInShanghai();
    const statuses = tasks.map((task) => deriveTaskStatus(statusFactsOf(task), today));
    for (const status of ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "OVERDUE"] as const) {
      expect(statuses.filter((s) => s === status).length, status).toBeGreaterThanOrEqual(4);
    }
    const liaisonDepartment = await db().department.findFirstOrThrow({ where: { cityId: city.id, name: "市城管局" } });
    expect(tasks.filter((task) => task.leadDepartmentId === liaisonDepartment.id).length).toBeGreaterThanOrEqual(8);
    expect(tasks.filter((task) => task.coDepartments.some((co) => co.departmentId === liaisonDepartment.id)).length).toBeGreaterThanOrEqual(3);
  });

  it("fills the ledgers of the past months with reviewed entries and stored evidence", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const entries = await db().ledgerEntry.findMany({
      where: { cityId: city.id },
      select: {
        effectiveDate: true,
        reviewStatus: true,
        reviewComment: true,
        answer: true,
        task: { select: { leadDepartmentId: true, coDepartments: true } },
        departmentId: true,
      },
    });
    expect(entries.length).toBeGreaterThanOrEqual(250);
    const today = todayInShanghai();
    expect(entries.filter((entry) => entry.effectiveDate.toISOString().slice(0, 10) > today)).toEqual([]);
    const returned = entries.filter((entry) => entry.reviewStatus === "RETURNED");
    expect(returned.length).toBeGreaterThanOrEqual(8);
    expect(returned.every((entry) => entry.reviewComment)).toBe(true);
    expect(entries.filter((entry) => entry.answer && entry.reviewStatus === "PENDING").length).toBeGreaterThanOrEqual(2);
    expect(entries.filter((entry) => entry.reviewStatus === "ACCEPTED").length).toBeGreaterThan(entries.length / 3);
    for (const entry of entries) {
      expect([entry.task.leadDepartmentId, ...entry.task.coDepartments.map((co) => co.departmentId)]).toContain(entry.departmentId);
    }
    // On a shared PostgreSQL seeded by an earlier run, this file's store is new: the sample files are deterministic.
    if (!created) await storeSampleEvidence();
    const files = await db().evidenceFile.findMany({ where: { cityId: city.id, ledgerEntryId: { not: null } }, distinct: ["contentHash"] });
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      expect(await fileStore().has(file.contentHash)).toBe(true);
      if (file.mimeType === "image/jpeg") expect(await fileStore().has(file.thumbnailHash!)).toBe(true);
    }
    expect(files.some((file) => file.mimeType === "application/pdf")).toBe(true);
    const kinds = await db().notification.findMany({ where: { user: { email: "liaison@demo.local" } }, select: { kind: true } });
    expect(kinds.map((n) => n.kind)).toEqual(expect.arrayContaining(["TASK_DISPATCHED", "ENTRY_RETURNED"]));
  });

  it("gives the demo city a dozen closed rounds of every kind and the running week's round for the inspector", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const rounds = await db().inspectionRound.findMany({ where: { cityId: city.id }, include: { sites: true, _count: { select: { checks: true } } } });
    const closed = rounds.filter((round) => round.status === "CLOSED");
    expect(closed.length).toBeGreaterThanOrEqual(12);
    expect(new Set(closed.map((round) => round.kind))).toEqual(new Set(["WEEKLY", "MONTHLY", "MOCK", "RECHECK"]));
    const today = todayInShanghai();
    expect(closed.every((round) => formatBusinessDate(round.periodEnd) < today && round.closedAt)).toBe(true);
    const running = rounds.filter((round) => round.status === "IN_PROGRESS");
    expect(running).toHaveLength(1);
    expect(running[0].kind).toBe("WEEKLY");
    expect(formatBusinessDate(running[0].periodStart) <= today && today <= formatBusinessDate(running[0].periodEnd)).toBe(true);
    const inspector = await db().user.findUniqueOrThrow({ where: { email: "inspector@demo.local" } });
    const office = (await loadUserActor((await db().user.findUniqueOrThrow({ where: { email: "office@demo.local" } })).id))!;
    expect(running[0].sites.length).toBeGreaterThanOrEqual(10);
    expect(running[0].sites.every((site) => site.inspectorId === inspector.id)).toBe(true);
    const checkedSites = await db().check.findMany({ where: { roundId: running[0].id }, distinct: ["siteId"], select: { siteId: true } });
    expect(checkedSites.length).toBeGreaterThan(0);
    expect(running[0].sites.length - checkedSites.length).toBeGreaterThanOrEqual(3);
    // The draw is reproducible from what the round keeps.
    const weekly = closed.find((round) => round.kind === "WEEKLY")!;
    expect(weekly.sampleSeed).toBeTruthy();
    expect(weekly.sampledSiteIds.sort()).toEqual(weekly.sites.map((site) => site.siteId).sort());
    const detail = await getRoundDetail(office, weekly.id);
    expect(detail.sample).toEqual({ seed: weekly.sampleSeed, perType: expect.any(Object) });
  });

  it("records thousands of checks whose outcomes fit their rubrics, each counted for the right departments", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const checks = await db().check.findMany({
      where: { cityId: city.id },
      include: { criterion: { include: { departments: { where: { cityId: city.id } } } }, site: true, departments: true },
    });
    expect(checks.length).toBeGreaterThanOrEqual(2000);
    expect(checks.some((check) => check.siteId === null)).toBe(true);
    expect(checks.some((check) => check.visitStatus !== "INSPECTED")).toBe(true);
    for (const check of checks) {
      const outcome = storedCheckOutcome(check.criterion.rubricKind, check);
      if (check.visitStatus === "INSPECTED") expect(outcome).not.toBeNull();
      else expect([check.passed, check.findingCount, check.grade, check.measuredValue]).toEqual([null, null, null, null]);
      const primary = check.departments.filter((row) => row.isPrimary).map((row) => row.departmentId);
      const leads = check.criterion.departments.filter((row) => row.role === "LEAD").map((row) => row.departmentId);
      if (check.site) {
        expect(check.criterion.method).toBe("FIELD");
        expect(check.criterion.siteTypeNames).toContain((await siteTypeName(check.site.siteTypeId))!);
        expect(primary).toEqual([check.site.responsibleDepartmentId]);
      } else {
        expect(check.criterion.method).not.toBe("FIELD");
        expect(leads).toContain(primary[0]);
        expect(check.departments).toHaveLength(check.criterion.departments.length);
      }
    }
  });

  it("opens a finding for exactly each inspected check that loses points alone, in every state of the loop", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const checks = await db().check.findMany({ where: { cityId: city.id }, include: { criterion: true, findings: true, departments: true } });
    for (const check of checks) {
      const outcome = check.visitStatus === "INSPECTED" ? storedCheckOutcome(check.criterion.rubricKind, check) : null;
      const loses = checkLosesPoints({ ...check.criterion, points: check.criterion.points.toString() }, { visitStatus: check.visitStatus, outcome });
      expect(check.findings.length, check.id).toBe(loses ? 1 : 0);
      if (loses) expect(check.findings[0].departmentId).toBe(check.departments.find((row) => row.isPrimary)!.departmentId);
    }
    // The findings made from citizen reports are checked with the reports below.
    const findings = await db().finding.findMany({ where: { cityId: city.id, origin: "CHECK" }, include: { events: { orderBy: { createdAt: "asc" } } } });
    // Due a window after the check's day (Shanghai): 3 days for exposed rubbish (the city's override), else the city's 7.
    const checkById = new Map(checks.map((check) => [check.id, check]));
    for (const finding of findings) {
      const check = checkById.get(finding.checkId!)!;
      const days = check.criterion.code === "C06-01-1" ? 3 : 7;
      expect(formatBusinessDate(finding.dueDate), finding.id).toBe(addDays(todayInShanghai(check.checkedAt), days));
    }
    const byStatus = (status: string) => findings.filter((finding) => finding.status === status);
    for (const status of ["OPEN", "DISPATCHED", "SUBMITTED", "RETURNED", "VERIFIED"]) expect(byStatus(status).length, status).toBeGreaterThanOrEqual(3);
    const today = todayInShanghai();
    const overdue = findings.filter((finding) =>
      isOverdue(
        { dueDate: formatBusinessDate(finding.dueDate), status: finding.status, verifiedOn: finding.verifiedOn && formatBusinessDate(finding.verifiedOn) },
        today,
      ),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    const now = new Date();
    for (const finding of findings) {
      expect(finding.events.every((event) => event.createdAt <= now)).toBe(true);
      const kinds = finding.events.map((event) => event.kind);
      if (finding.status === "OPEN") expect(kinds).toEqual([]);
      if (finding.status === "VERIFIED") expect(kinds.at(-1)).toBe("VERIFIED");
      if (finding.status === "SUBMITTED") expect(kinds.at(-1)).toBe("REPLIED");
      if (finding.status === "RETURNED") expect(kinds.at(-1)).toBe("RETURNED");
      expect(finding.verifiedOn !== null).toBe(finding.status === "VERIFIED");
    }
    const liaisonKinds = await db().notification.findMany({
      where: { user: { email: "liaison@demo.local" }, kind: { startsWith: "FINDING_" } },
      select: { kind: true },
    });
    expect(new Set(liaisonKinds.map((notification) => notification.kind))).toContain("FINDING_DISPATCHED");
    expect(await db().evidenceFile.count({ where: { rectificationEvent: { finding: { cityId: city.id } } } })).toBeGreaterThan(0);
    expect(await db().evidenceFile.count({ where: { check: { cityId: city.id } } })).toBeGreaterThan(0);
  });

  it("has a 回头看 round that caught one false rectification and reopened it", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const recheck = await db().inspectionRound.findFirstOrThrow({ where: { cityId: city.id, kind: "RECHECK" }, include: { rechecks: true } });
    expect(recheck.rechecks.length).toBeGreaterThanOrEqual(3);
    const notFixed = recheck.rechecks.filter((item) => item.result === "NOT_FIXED");
    expect(notFixed).toHaveLength(1);
    const reopened = await db().finding.findUniqueOrThrow({ where: { id: notFixed[0].findingId }, include: { events: true } });
    expect(reopened).toMatchObject({ falseRectification: true, verifiedOn: null, verifiedAt: null, status: "DISPATCHED" });
    expect(reopened.events.map((event) => event.kind)).toEqual(expect.arrayContaining(["VERIFIED", "REOPENED"]));
    const confirmed = await db().finding.findMany({
      where: { id: { in: recheck.rechecks.filter((item) => item.result === "CONFIRMED").map((item) => item.findingId) } },
    });
    expect(confirmed.every((finding) => finding.status === "VERIFIED")).toBe(true);
    expect(await db().finding.count({ where: { cityId: city.id, falseRectification: true } })).toBe(1);
  });

  it("stores for every closed round that scores exactly what the engine computes now, in every city", async () => {
    const rounds = await db().inspectionRound.findMany({
      where: { city: { province: { code: "GS" } }, status: "CLOSED" },
      include: { score: true, city: true },
    });
    for (const slug of ["zhangye", "jiuquan"]) expect(rounds.filter((round) => round.city.slug === slug).length, slug).toBeGreaterThanOrEqual(2);
    for (const round of rounds) {
      if (round.kind === "RECHECK") {
        expect(round.score).toBeNull();
        continue;
      }
      const input = await buildRoundScoreInput(db(), round);
      expect(round.score, round.name).not.toBeNull();
      expect(round.score!.inputHash).toBe(hashScoreInput(input));
      expect(round.score!.result).toEqual(JSON.parse(JSON.stringify(scoreCalculatorInput(input))));
      expect((round.score!.result as { cityScore: string | null }).cityScore).not.toBeNull();
    }
  });

  it("publishes every city's closed rounds but its latest week, one correction, the demo city's month and the province's ranking", async () => {
    const publications = await db().publication.findMany({
      where: { OR: [{ city: { province: { code: "GS" } } }, { province: { code: "GS" } }] },
      include: { city: true, round: true, bulletins: { select: { variant: true, docx: true, html: true } }, supersededBy: true },
      orderBy: [{ publishedAt: "asc" }, { issueNumber: "asc" }],
    });
    const emails = new Map((await db().user.findMany({ where: { email: { endsWith: "@demo.local" } } })).map((user) => [user.id, user.email]));
    const publisher = (publication: (typeof publications)[number]) => emails.get(publication.publishedById);
    const today = todayInShanghai();
    const lastMonthEnd = addDays(`${today.slice(0, 8)}01`, -1);
    for (const publication of publications) {
      const snapshot = parseSnapshot(publication.snapshot);
      expect(publication.schemaVersion).toBe(snapshot.schemaVersion);
      expect(publication.bulletins.map((bulletin) => bulletin.variant).sort(), publication.title).toEqual(["OFFICIAL", "PUBLIC"]);
      for (const bulletin of publication.bulletins) expect(bulletin.docx.length > 0 && bulletin.html.includes(publication.title)).toBe(true);
      if ("input" in snapshot) expect(snapshot.result).toEqual(JSON.parse(JSON.stringify(scoreCalculatorInput(snapshot.input))));
    }
    for (const slug of ["jiayuguan", "zhangye", "jiuquan"]) {
      const own = publications.filter((publication) => publication.city?.slug === slug);
      expect(own.filter((publication) => publication.kind === "ROUND").length, slug).toBeGreaterThanOrEqual(2);
      // Issues numbered 1, 2, 3 … per year in the order published (dated in the past, one after another), by the city's office.
      for (const year of new Set(own.map((publication) => publication.issueYear))) {
        const ofYear = own.filter((publication) => publication.issueYear === year);
        expect(ofYear.map((publication) => publication.issueNumber)).toEqual(ofYear.map((_, index) => index + 1));
      }
      const times = own.map((publication) => publication.publishedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
      expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
      // A round is published after its period, not on the day the demo was made.
      for (const publication of own.filter((item) => item.kind === "ROUND" && !item.supersedesId))
        expect(formatBusinessDate(publication.publishedAt) > formatBusinessDate(publication.periodEnd), publication.title).toBe(true);
      expect(new Set(own.map(publisher))).toEqual(new Set([slug === "jiayuguan" ? "office@demo.local" : `office.${slug}@demo.local`]));
      // The latest closed week stays for the office to publish; the running round is never published.
      const rounds = await db().inspectionRound.findMany({ where: { city: { slug }, kind: "WEEKLY" }, orderBy: { periodEnd: "desc" } });
      const [running, latestClosed] = [rounds.find((round) => round.status === "IN_PROGRESS"), rounds.find((round) => round.status === "CLOSED")!];
      const publishedRounds = new Set(own.map((publication) => publication.roundId));
      expect(publishedRounds.has(latestClosed.id), slug).toBe(false);
      if (running) expect(publishedRounds.has(running.id)).toBe(false);
      expect(own.every((publication) => publication.kind !== "ROUND" || publication.round!.status === "CLOSED")).toBe(true);
    }
    const demo = publications.filter((publication) => publication.city?.slug === "jiayuguan");
    // Two closed rounds of the demo city wait for the office (the browser tests publish one each): its latest week and its mock assessment.
    expect(demo.some((publication) => publication.round?.kind === "MOCK")).toBe(false);
    const weekly = demo.filter((publication) => publication.round?.kind === "WEEKLY");
    expect(weekly.length).toBeGreaterThanOrEqual(6);
    const corrections = demo.filter((publication) => publication.supersedesId);
    expect(corrections).toHaveLength(1);
    const [correction] = corrections;
    const original = demo.find((publication) => publication.id === correction.supersedesId)!;
    expect(original.supersededBy?.id).toBe(correction.id);
    expect(correction.reason).toMatch(/现予更正/);
    expect(correction.title).toMatch(/（更正）$/);
    expect(correction.roundId).toBe(original.roundId);
    // An early round, corrected after later ones were published; the correction's figures differ from what it corrects.
    expect(original.issueNumber).toBe(1);
    expect(correction.issueNumber).toBeGreaterThan(
      Math.max(...weekly.filter((publication) => publication !== correction).map((publication) => publication.issueNumber)),
    );
    const [before, after] = [original, correction].map((publication) => parseSnapshot(publication.snapshot));
    if (!("input" in before && "input" in after)) throw new Error("a round publication holds its input");
    expect(after.result.departments).not.toEqual(before.result.departments);
    expect(demo.filter((publication) => publication.supersededBy)).toEqual([original]);
    const month = demo.filter((publication) => publication.kind === "MONTH");
    expect(month.map((publication) => [formatBusinessDate(publication.periodStart), formatBusinessDate(publication.periodEnd)])).toEqual([
      [`${lastMonthEnd.slice(0, 8)}01`, lastMonthEnd],
    ]);
    const monthSnapshot = parseSnapshot(month[0].snapshot);
    expect("rounds" in monthSnapshot && monthSnapshot.rounds.length).toBeGreaterThanOrEqual(2);

    const province = publications.filter((publication) => publication.scope === "PROVINCE");
    expect(province).toHaveLength(1);
    expect(publisher(province[0])).toBe("supervisor@demo.local");
    expect(formatBusinessDate(province[0].periodEnd)).toBe(lastMonthEnd);
    const ranking = parseSnapshot(province[0].snapshot);
    expect("cities" in ranking && ranking.cities.map((entry) => [entry.city.slug, entry.rank !== null && entry.cityScore !== null])).toEqual(
      expect.arrayContaining([
        ["jiayuguan", true],
        ["zhangye", true],
        ["jiuquan", true],
      ]),
    );
    // Black lists had consequences: the demo city's office and departments were told, and have read the earlier weeks' notices.
    const notices = await db().notification.findMany({
      where: { kind: { in: ["BLACK_LIST_REMINDER", "BLACK_LIST_ESCALATION"] }, cityId: demo[0].cityId },
      select: { readAt: true },
    });
    expect(notices.some((notice) => notice.readAt === null)).toBe(true);
    expect(notices.some((notice) => notice.readAt !== null)).toBe(true);
  });

  it("gives every city report categories and the demo city reports in every state, counted as the app counts them", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { slug: "jiayuguan" } });
    const categories = await db().reportCategory.findMany({ where: { cityId: city.id }, include: { criterion: true }, orderBy: { sortOrder: "asc" } });
    expect(categories.map((category) => category.name)).toEqual(["环境卫生", "公益广告", "交通秩序", "市场秩序", "公共设施", "文明行为"]);
    expect(categories.every((category) => category.criterion !== null)).toBe(true);
    for (const slug of ["zhangye", "jiuquan"]) expect(await db().reportCategory.count({ where: { city: { slug } } }), slug).toBeGreaterThanOrEqual(3);

    const reports = await db().citizenReport.findMany({ where: { cityId: city.id }, include: { photos: true, finding: true } });
    expect(reports.length).toBeGreaterThanOrEqual(15);
    for (const status of ["RECEIVED", "ACCEPTED", "RECTIFYING", "RECTIFIED", "REJECTED"] as const) {
      expect(reports.filter((report) => report.status === status).length, status).toBeGreaterThanOrEqual(2);
    }
    expect(reports.filter((report) => report.photos.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(reports.filter((report) => report.ratingSatisfied !== null).length).toBeGreaterThanOrEqual(2);
    for (const photo of reports.flatMap((report) => report.photos)) expect(await fileStore().get(photo.contentHash)).not.toBeNull();
    // A report follows its finding: accepted ones are OPEN, rectifying ones with the department, rectified ones verified.
    const expected = { ACCEPTED: ["OPEN"], RECTIFYING: ["DISPATCHED", "SUBMITTED", "RETURNED"], RECTIFIED: ["VERIFIED"] } as Record<string, string[]>;
    for (const report of reports) {
      if (report.status === "RECEIVED" || report.status === "REJECTED") expect(report.findingId, report.code).toBeNull();
      else expect(expected[report.status], report.code).toContain(report.finding!.status);
      expect(report.closedAt !== null, report.code).toBe(report.status === "RECTIFIED" || report.status === "REJECTED");
    }
    const made = await db().finding.findMany({ where: { cityId: city.id, origin: "CITIZEN_REPORT" } });
    expect(made.length).toBeGreaterThanOrEqual(5);
    expect(made.every((finding) => finding.citizenReportId !== null && formatBusinessDate(finding.dueDate) >= todayInShanghai())).toBe(true);
    // One closed long ago has had its contact erased; no other closed more than 180 days ago keeps one.
    const longClosed = reports.filter((report) => report.closedAt && report.closedAt < new Date(Date.now() - 180 * 24 * 3600_000));
    expect(longClosed.length).toBeGreaterThanOrEqual(1);
    expect(longClosed.every((report) => report.contact === null && report.contactErasedAt !== null)).toBe(true);

    for (const slug of ["jiayuguan", "zhangye", "jiuquan"]) {
      const all = await db().citizenReport.findMany({ where: { city: { slug } } });
      const of = (...statuses: string[]) => all.filter((report) => statuses.includes(report.status)).length;
      const figures = await db().cityReportCounts.findFirstOrThrow({ where: { city: { slug } } });
      expect(figures, slug).toMatchObject({
        received: all.length,
        accepted: of("ACCEPTED", "RECTIFYING", "RECTIFIED"),
        rectified: of("RECTIFIED"),
        rejected: of("REJECTED"),
        satisfied: all.filter((report) => report.ratingSatisfied === true).length,
        dissatisfied: all.filter((report) => report.ratingSatisfied === false).length,
      });
    }
  });

  it("does nothing the second time", async () => {
    const before = await counts();
    expect(await seedDemo({ password: PASSWORD })).toEqual({ created: false });
    expect(await counts()).toEqual(before);
  });
});
