import { randomUUID } from "node:crypto";
import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { findingDueDate } from "@/lib/domain/findings/finding-due-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkLosesPoints } from "@/lib/domain/findings/check-loses-points";
import { drawSample, type SampleSpec } from "@/lib/domain/rounds/draw-sample";
import { drawOutcome, outcomeColumns } from "./data/check-outcomes";
import { findingFate, type FindingFate } from "./data/finding-fates";
import { problemNote } from "./data/check-notes";
import type { RoundPlan } from "./data/round-calendar";
import { between, pick, type Random } from "./data/task-fates";
import type { RoundSeedContext, RoundSeedCriterion, RoundSeedSite } from "./round-seed-context";

// One round of the demo as rows in memory: the round, its drawn sites and criteria, the checks
// with the departments they count for, a finding for exactly each inspected check that loses
// points judged alone (with its timeline), and photos. Written in batches by seed-rounds.ts.

export type SeedRows = {
  rounds: Prisma.InspectionRoundCreateManyInput[];
  roundSites: Prisma.RoundSiteCreateManyInput[];
  roundCriteria: Prisma.RoundCriterionCreateManyInput[];
  checks: Prisma.CheckCreateManyInput[];
  checkDepartments: Prisma.CheckDepartmentCreateManyInput[];
  findings: Prisma.FindingCreateManyInput[];
  events: Prisma.RectificationEventCreateManyInput[];
  evidence: Prisma.EvidenceFileCreateManyInput[];
  recheckItems: Prisma.RecheckItemCreateManyInput[];
};

export const emptyRows = (): SeedRows => ({
  rounds: [],
  roundSites: [],
  roundCriteria: [],
  checks: [],
  checkDepartments: [],
  findings: [],
  events: [],
  evidence: [],
  recheckItems: [],
});

const DAY_MS = 86_400_000;

/**
 * An instant on a business date, `minutes` after 08:00 in Shanghai: no later than an hour ago (so
 * what follows it fits before now), but never before that date's midnight (it stays on its date).
 */
export function instantOn(date: string, minutes: number, now: Date): Date {
  const eight = parseBusinessDate(date).getTime();
  const latest = Math.max(now.getTime() - 3_600_000, eight - 8 * 3_600_000);
  return new Date(Math.min(eight + minutes * 60_000, latest));
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The departments a check counts for, primary first (issue 8, section 3). */
export function checkDepartmentIds(
  criterion: RoundSeedCriterion,
  site: RoundSeedSite | null,
  streetOfficeOf: (street: string | null) => string | null,
): string[] {
  if (!site) return [...new Set([...criterion.leadIds, ...criterion.coIds])];
  // A lead that is every street office means the street office of the site's street.
  const lead = criterion.leadIds.length === 1 ? criterion.leadIds[0] : criterion.leadIds.length > 1 ? streetOfficeOf(site.street) : null;
  return lead && lead !== site.responsibleDepartmentId ? [site.responsibleDepartmentId, lead] : [site.responsibleDepartmentId];
}

/** The share of a department's checks that fail: a steady spread, so rankings have a top and a bottom. */
export function failRateOf(departmentIds: readonly string[], departmentIndex: ReadonlyMap<string, number>): number {
  const index = departmentIndex.get(departmentIds[0]) ?? 0;
  return 0.08 + ((index * 7) % 6) * 0.035;
}

type RoundOptions = { assignInspector: boolean; checkedShare: number };

export function planRound(context: RoundSeedContext, plan: RoundPlan, rows: SeedRows, options: RoundOptions) {
  const { random, now, today } = context;
  const roundId = randomUUID();
  const applicable = (site: RoundSeedSite) => context.criteria.filter((c) => c.method === "FIELD" && c.siteTypeNames.includes(site.typeName));
  const eligibleTypes = new Set(context.sites.filter((site) => applicable(site).length > 0).map((site) => site.typeName));
  const spec: SampleSpec = { seed: `${plan.periodStart}-${plan.key}`, perType: plan.perType };
  const drawn = drawSample(
    spec,
    context.sites.map((site) => ({ id: site.id, siteTypeName: site.typeName, street: site.street, active: true })),
    eligibleTypes,
  );
  const siteById = new Map(context.sites.map((site) => [site.id, site]));
  const drawnSites = drawn.map((id) => siteById.get(id)!);
  const desk = context.criteria.filter((c) => c.method !== "FIELD" && plan.deskCriteria.includes(c.code));
  const fieldCriteria = context.criteria.filter((c) => c.method === "FIELD" && drawnSites.some((site) => c.siteTypeNames.includes(site.typeName)));
  const lastCheckDay = plan.periodEnd < today ? plan.periodEnd : today;
  const closedAt = plan.status === "CLOSED" ? instantOn(addDays(plan.periodEnd, 1), 600, now) : null;

  rows.rounds.push({
    id: roundId,
    cityId: context.cityId,
    editionId: context.editionId,
    name: plan.name,
    kind: plan.kind,
    periodStart: parseBusinessDate(plan.periodStart),
    periodEnd: parseBusinessDate(plan.periodEnd),
    status: plan.status,
    sampleSeed: spec.seed,
    // As createRound keeps it: the seed in its own column, the spec without it.
    sampleSpec: { perType: spec.perType },
    sampledSiteIds: drawn,
    startedAt: instantOn(plan.periodStart, 30, now),
    closedAt,
    createdById: context.officeUserId,
    createdAt: instantOn(addDays(plan.periodStart, -1), 480, now),
  });
  for (const site of drawnSites) {
    rows.roundSites.push({ roundId, siteId: site.id, inspectorId: options.assignInspector ? context.inspectorUserId : null });
  }
  for (const criterion of [...fieldCriteria, ...desk]) rows.roundCriteria.push({ roundId, criterionId: criterion.id });

  const streetOffices = new Map(context.departments.filter((d) => d.kind === "STREET_OFFICE").map((d) => [d.shortName ?? d.name, d.id]));
  const streetOfficeOf = (street: string | null) => (street ? (streetOffices.get(street) ?? null) : null);
  const departmentIndex = new Map(context.departments.map((d, index) => [d.id, index]));
  const checkDays = Math.max(0, daysBetween(plan.periodStart, lastCheckDay));

  const addCheck = (
    criterion: RoundSeedCriterion,
    site: RoundSeedSite | null,
    date: string,
    minutes: number,
    visit: "INSPECTED" | "REFUSED" | "NOT_INSPECTABLE",
  ) => {
    const checkId = randomUUID();
    const departmentIds = checkDepartmentIds(criterion, site, streetOfficeOf);
    if (departmentIds.length === 0) return;
    const outcome = visit === "INSPECTED" ? drawOutcome(criterion, random, failRateOf(departmentIds, departmentIndex)) : null;
    const losesPoints = outcome !== null && checkLosesPoints(criterion, { visitStatus: visit, outcome });
    const checkedAt = instantOn(date, minutes, now);
    const inspectorId = site ? context.inspectorUserId : context.officeUserId;
    const jitter = () => (between(random, -40, 40) / 1_000_000).toFixed(6);
    const coordinate = (value: string | null) => (value === null ? null : (Number(value) + Number(jitter())).toFixed(6));
    rows.checks.push({
      id: checkId,
      cityId: context.cityId,
      roundId,
      clientKey: `seed-${checkId}`,
      criterionId: criterion.id,
      siteId: site?.id ?? null,
      inspectorId,
      visitStatus: visit,
      ...(outcome ? outcomeColumns(outcome) : {}),
      note:
        visit === "REFUSED"
          ? "点位负责人拒绝配合检查。"
          : visit === "NOT_INSPECTABLE"
            ? "点位施工封闭，无法进入检查。"
            : losesPoints
              ? problemNote(criterion.code, random)
              : null,
      checkedAt,
      capturedAt: checkedAt,
      createdAt: checkedAt,
      latitude: site ? coordinate(site.latitude) : null,
      longitude: site ? coordinate(site.longitude) : null,
    });
    departmentIds.forEach((departmentId, index) => rows.checkDepartments.push({ checkId, departmentId, isPrimary: index === 0 }));
    if (losesPoints || (visit === "INSPECTED" && random() < 0.1)) {
      const count = losesPoints ? between(random, 1, 2) : 1;
      for (let i = 0; i < count; i++) rows.evidence.push(photoRow(context, { checkId }, inspectorId, checkedAt, random));
    }
    if (losesPoints) {
      const due = findingDueDate(date, criterion.rectificationWindows);
      const fate = findingFate(random, { checked: date, due, today, roundOpen: plan.status !== "CLOSED" });
      pushFinding(context, rows, {
        roundId,
        checkId,
        criterion,
        site,
        departmentId: departmentIds[0],
        description: rows.checks.at(-1)!.note!,
        due,
        createdAt: checkedAt,
        fate,
      });
    }
  };

  drawnSites.forEach((site, index) => {
    const share = index / Math.max(1, drawnSites.length);
    if (share >= options.checkedShare) return;
    const criteria = fieldCriteria.filter((c) => c.siteTypeNames.includes(site.typeName));
    // In a running round a few sites are half done.
    const done = options.checkedShare < 1 && share >= options.checkedShare - 0.15 ? criteria.slice(0, Math.ceil(criteria.length / 2)) : criteria;
    const date = addDays(plan.periodStart, between(random, 0, checkDays));
    const roll = random();
    const visit = roll < 0.03 ? "REFUSED" : roll < 0.05 ? "NOT_INSPECTABLE" : "INSPECTED";
    const start = between(random, 30, 420);
    done.forEach((criterion, at) => addCheck(criterion, site, date, start + at * 4, visit));
  });
  if (options.checkedShare >= 1) {
    for (const criterion of desk) addCheck(criterion, null, lastCheckDay, between(random, 60, 480), "INSPECTED");
  }
  return { roundId, siteIds: drawn };
}

export function photoRow(
  context: RoundSeedContext,
  owner: { checkId: string } | { rectificationEventId: string },
  uploadedById: string,
  createdAt: Date,
  random: Random,
): Prisma.EvidenceFileCreateManyInput {
  const photo = pick(random, context.photos);
  return {
    id: randomUUID(),
    cityId: context.cityId,
    ...owner,
    contentHash: photo.contentHash,
    thumbnailHash: photo.thumbnailHash,
    size: photo.size,
    mimeType: photo.mimeType,
    originalName: `IMG_${createdAt.toISOString().slice(0, 10).replaceAll("-", "")}_${between(random, 1000, 9999)}.jpg`,
    uploadedById,
    createdAt,
  };
}

type FindingSeed = {
  roundId: string;
  checkId: string;
  criterion: RoundSeedCriterion;
  site: RoundSeedSite | null;
  departmentId: string;
  description: string;
  due: string;
  createdAt: Date;
  fate: FindingFate;
};

function pushFinding(context: RoundSeedContext, rows: SeedRows, seed: FindingSeed) {
  const { now, random } = context;
  const findingId = randomUUID();
  const replier = context.liaison?.departmentId === seed.departmentId ? context.liaison.userId : context.officeUserId;
  // Each event at least ten minutes after the one before (and after the check), then pulled back
  // so that the last is a minute before now and each stays a second after the one before it.
  const times: number[] = [];
  for (const event of seed.fate.events) {
    const wanted = instantOn(event.date, 60 + between(random, 0, 420), now).getTime();
    times.push(Math.max(wanted, (times.at(-1) ?? seed.createdAt.getTime()) + 600_000));
  }
  for (let i = times.length - 1; i >= 0; i--) times[i] = Math.min(times[i], i === times.length - 1 ? now.getTime() - 60_000 : times[i + 1] - 1000);
  const events = seed.fate.events.map((event, index) => {
    const actorId = event.by === "office" ? context.officeUserId : replier;
    return { id: randomUUID(), cityId: context.cityId, findingId, kind: event.kind, note: event.note, actorId, createdAt: new Date(times[index]) };
  });
  const verifiedAt = events.find((event) => event.kind === "VERIFIED")?.createdAt ?? null;
  rows.findings.push({
    id: findingId,
    cityId: context.cityId,
    roundId: seed.roundId,
    checkId: seed.checkId,
    criterionId: seed.criterion.id,
    siteId: seed.site?.id ?? null,
    departmentId: seed.departmentId,
    description: seed.description,
    dueDate: parseBusinessDate(seed.due),
    status: seed.fate.status,
    origin: "CHECK",
    verifiedOn: seed.fate.verifiedOn ? parseBusinessDate(seed.fate.verifiedOn) : null,
    verifiedAt,
    createdAt: seed.createdAt,
  });
  for (const event of events) {
    rows.events.push(event);
    if (event.kind === "REPLIED") rows.evidence.push(photoRow(context, { rectificationEventId: event.id }, event.actorId, event.createdAt, random));
  }
}
