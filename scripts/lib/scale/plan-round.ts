import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { rectificationDays } from "@/lib/domain/findings/finding-due-date";
import { drawSample } from "@/lib/domain/rounds/draw-sample";
import { problemNote } from "@/prisma/seed/data/check-notes";
import { drawOutcome, outcomeColumns } from "@/prisma/seed/data/check-outcomes";
import { findingFate } from "@/prisma/seed/data/finding-fates";
import { between, type Random } from "@/prisma/seed/data/task-fates";
import { checkDepartmentIds, failRateOf, instantOn, type SeedRows } from "@/prisma/seed/plan-round-records";
import type { RoundSeedCriterion, RoundSeedDepartment, RoundSeedSite } from "@/prisma/seed/round-seed-context";
import { memoDates, memoLosesPoints } from "./fast-dates";

// One closed weekly round of a scale city as rows: every active site drawn (the spec names each
// type's full count), a check for every site × FIELD criterion of its type, the departments each
// check counts for, and a finding with its rectification timeline for each check that loses points.
// The demo's own rules (prisma/seed/plan-round-records.ts) decide outcomes, departments and fates.

export type ScaleCityContext = {
  cityId: string;
  editionId: string;
  today: string;
  /** Every instant is before this one (the start of `today` in Shanghai): the same run gives the same rows. */
  now: Date;
  random: Random;
  nextId: () => string;
  criteria: readonly RoundSeedCriterion[];
  sites: readonly RoundSeedSite[];
  departments: readonly RoundSeedDepartment[];
  officeUserId: string;
  inspectorUserIds: readonly string[];
};

export type WeekPlan = { name: string; periodStart: string; periodEnd: string; seed: string };

/** The last `count` Monday–Sunday weeks ending before `today`, oldest first. */
export function weeksBefore(today: string, count: number, seed: string): WeekPlan[] {
  const weekday = (parseBusinessDate(today).getUTCDay() + 6) % 7; // Monday 0
  const lastSunday = addDays(today, -weekday - 1);
  return Array.from({ length: count }, (_, index) => {
    const periodEnd = addDays(lastSunday, -7 * (count - 1 - index));
    const periodStart = addDays(periodEnd, -6);
    return { name: `周督查 ${periodStart}—${periodEnd}`, periodStart, periodEnd, seed: `${seed}-${periodStart}` };
  });
}

export type ScaleCityPlan = {
  dates: ReturnType<typeof memoDates>;
  losesPoints: ReturnType<typeof memoLosesPoints>;
  fieldCriteriaOf: (site: RoundSeedSite) => RoundSeedCriterion[];
  streetOfficeOf: (street: string | null) => string | null;
  departmentIndex: ReadonlyMap<string, number>;
  perType: Record<string, number>;
};

/** What every round of the city shares: the criteria of each site type, the street offices, the full draw. */
export function cityPlan(context: ScaleCityContext): ScaleCityPlan {
  const byType = new Map<string, RoundSeedCriterion[]>();
  for (const site of context.sites) {
    if (!byType.has(site.typeName))
      byType.set(
        site.typeName,
        context.criteria.filter((c) => c.method === "FIELD" && c.siteTypeNames.includes(site.typeName)),
      );
  }
  const offices = new Map(context.departments.filter((d) => d.kind === "STREET_OFFICE").map((d) => [d.shortName ?? d.name, d.id]));
  const perType: Record<string, number> = {};
  for (const site of context.sites) if (byType.get(site.typeName)!.length > 0) perType[site.typeName] = (perType[site.typeName] ?? 0) + 1;
  return {
    dates: memoDates(),
    losesPoints: memoLosesPoints(),
    fieldCriteriaOf: (site) => byType.get(site.typeName) ?? [],
    streetOfficeOf: (street) => (street ? (offices.get(street) ?? null) : null),
    departmentIndex: new Map(context.departments.map((d, index) => [d.id, index])),
    perType,
  };
}

/** The number of checks one round of the city makes (every drawn site × its FIELD criteria). */
export function checksPerRound(context: ScaleCityContext, plan: ScaleCityPlan): number {
  return context.sites.reduce((sum, site) => sum + plan.fieldCriteriaOf(site).length, 0);
}

export function planScaleRound(context: ScaleCityContext, plan: ScaleCityPlan, week: WeekPlan, rows: SeedRows): void {
  const { random, now, nextId } = context;
  const roundId = nextId();
  const drawn = drawSample(
    { seed: week.seed, perType: plan.perType },
    context.sites.map((site) => ({ id: site.id, siteTypeName: site.typeName, street: site.street, active: true })),
    new Set(Object.keys(plan.perType)),
  );
  const siteById = new Map(context.sites.map((site) => [site.id, site]));
  const drawnSites = drawn.map((id) => siteById.get(id)!);
  const criteria = new Set(drawnSites.flatMap((site) => plan.fieldCriteriaOf(site)));
  rows.rounds.push({
    id: roundId,
    cityId: context.cityId,
    editionId: context.editionId,
    name: week.name,
    kind: "WEEKLY",
    periodStart: parseBusinessDate(week.periodStart),
    periodEnd: parseBusinessDate(week.periodEnd),
    status: "CLOSED",
    sampleSeed: week.seed,
    sampleSpec: { perType: plan.perType },
    sampledSiteIds: drawn,
    startedAt: instantOn(week.periodStart, 30, now),
    closedAt: instantOn(addDays(week.periodEnd, 1), 600, now),
    createdById: context.officeUserId,
    createdAt: instantOn(addDays(week.periodStart, -1), 480, now),
  });
  drawnSites.forEach((site, index) => {
    const inspectorId = context.inspectorUserIds[index % context.inspectorUserIds.length];
    rows.roundSites.push({ roundId, siteId: site.id, inspectorId });
    const date = plan.dates.addDays(week.periodStart, between(random, 0, 6));
    const roll = random();
    const visit = roll < 0.03 ? "REFUSED" : roll < 0.05 ? "NOT_INSPECTABLE" : "INSPECTED";
    const start = between(random, 30, 420);
    plan.fieldCriteriaOf(site).forEach((criterion, at) => {
      const checkId = nextId();
      const departmentIds = checkDepartmentIds(criterion, site, plan.streetOfficeOf);
      const outcome = visit === "INSPECTED" ? drawOutcome(criterion, random, failRateOf(departmentIds, plan.departmentIndex)) : null;
      const losesPoints = plan.losesPoints(criterion, { visitStatus: visit, outcome });
      const checkedAt = plan.dates.instantOn(date, start + at * 4, now);
      const note =
        visit === "REFUSED"
          ? "点位负责人拒绝配合检查。"
          : visit === "NOT_INSPECTABLE"
            ? "点位施工封闭，无法进入检查。"
            : losesPoints
              ? problemNote(criterion.code, random)
              : null;
      rows.checks.push({
        id: checkId,
        cityId: context.cityId,
        roundId,
        clientKey: `scale-${checkId}`,
        criterionId: criterion.id,
        siteId: site.id,
        inspectorId,
        visitStatus: visit,
        ...(outcome ? outcomeColumns(outcome) : {}),
        note,
        checkedAt,
        capturedAt: checkedAt,
        createdAt: checkedAt,
        updatedAt: checkedAt,
        latitude: site.latitude,
        longitude: site.longitude,
      });
      departmentIds.forEach((departmentId, index) => rows.checkDepartments.push({ checkId, departmentId, isPrimary: index === 0 }));
      if (losesPoints) {
        pushFinding(context, plan, rows, { roundId, checkId, criterion, site, departmentId: departmentIds[0], description: note!, date, checkedAt });
      }
    });
  });
  for (const criterion of criteria) rows.roundCriteria.push({ roundId, criterionId: criterion.id });
}

type FindingSeed = {
  roundId: string;
  checkId: string;
  criterion: RoundSeedCriterion;
  site: RoundSeedSite;
  departmentId: string;
  description: string;
  date: string;
  checkedAt: Date;
};

// As the demo's findings: each event at least ten minutes after the one before, then pulled back
// so the last is a minute before `now` and each stays a second after the one before it.
function pushFinding(context: ScaleCityContext, plan: ScaleCityPlan, rows: SeedRows, seed: FindingSeed) {
  const { now, random, nextId } = context;
  const findingId = nextId();
  // As findingDueDate: the check's date plus the window.
  const due = plan.dates.addDays(seed.date, rectificationDays(seed.criterion.rectificationWindows));
  const fate = findingFate(random, { checked: seed.date, due, today: context.today, roundOpen: false });
  const times: number[] = [];
  for (const event of fate.events) {
    const wanted = plan.dates.instantOn(event.date, 60 + between(random, 0, 420), now).getTime();
    times.push(Math.max(wanted, (times.at(-1) ?? seed.checkedAt.getTime()) + 600_000));
  }
  for (let i = times.length - 1; i >= 0; i--) times[i] = Math.min(times[i], i === times.length - 1 ? now.getTime() - 60_000 : times[i + 1] - 1000);
  const events = fate.events.map((event, index) => ({
    id: nextId(),
    cityId: context.cityId,
    findingId,
    kind: event.kind,
    note: event.note,
    actorId: context.officeUserId,
    createdAt: new Date(times[index]),
  }));
  const verifiedAt = events.find((event) => event.kind === "VERIFIED")?.createdAt ?? null;
  rows.findings.push({
    id: findingId,
    cityId: context.cityId,
    roundId: seed.roundId,
    checkId: seed.checkId,
    criterionId: seed.criterion.id,
    siteId: seed.site.id,
    departmentId: seed.departmentId,
    description: seed.description,
    dueDate: parseBusinessDate(due),
    status: fate.status,
    origin: "CHECK",
    verifiedOn: fate.verifiedOn ? parseBusinessDate(fate.verifiedOn) : null,
    verifiedAt,
    createdAt: seed.checkedAt,
    updatedAt: events.at(-1)?.createdAt ?? seed.checkedAt,
  });
  rows.events.push(...events);
}
