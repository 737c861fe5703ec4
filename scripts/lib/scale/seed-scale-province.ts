import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import { writeAuditEntry } from "@/lib/server/audit/write-audit-entry";
import { storeRoundScore } from "@/lib/server/scoring/store-round-score";
import type { Tx } from "@/lib/server/tx";
import { SITE_TYPE_NAMES } from "@/prisma/seed/data/site-types";
import { readSampleEditionSource } from "@/prisma/seed/load-sample-edition";
import { emptyRows } from "@/prisma/seed/plan-round-records";
import { loadRoundSeedContext } from "@/prisma/seed/round-seed-context";
import { createEditionFromTree } from "@/tests/factories/edition";
import { ensureSiteTypes } from "@/tests/factories/site";
import { scaleIds, scaleRandom } from "./deterministic";
import { provinceName } from "./names";
import type { ScaleOptions } from "./options";
import { checksPerRound, cityPlan, planScaleRound, weeksBefore, type ScaleCityContext } from "./plan-round";
import { planTasks } from "./plan-tasks";
import type { Progress } from "./progress";
import { writeCity, scaleEmail, type WrittenCity } from "./write-city";
import { resetProvince } from "./reset-province";
import { addCounts, writeRoundRows, writeTaskRows, type RowCounts } from "./write-rows";

export const SCALE_PASSWORD = "Scale@2026";

/** A province with this code exists and --reset was not given. */
export class ScaleProvinceExists extends Error {}

export type ScaleResult = { provinceId: string; cityIds: string[]; roundIds: string[]; rows: RowCounts; scored: number };

type Reporter = (label: string, total: number) => Progress;

const TX = { maxWait: 30_000, timeout: 600_000 };
const ANALYZED = ["Site", "InspectionRound", "RoundSite", "RoundCriterion", "Check", "CheckDepartment", "Finding", "RectificationEvent", "Task", "LedgerEntry"];

async function sampleEdition(tx: Tx) {
  const source = readSampleEditionSource();
  const existing = await tx.indicatorEdition.findUnique({ where: { code: source.code }, include: { criteria: true } });
  if (existing) return { edition: existing, criteria: existing.criteria };
  return createEditionFromTree(tx, { source, code: source.code });
}

/**
 * Seeds a province-sized data set: organisation, sites, plans and tasks city by city (one
 * transaction each), then each city's year of weekly rounds (one transaction per round), then the
 * engine's RoundScore of every round. Deterministic given the seed, the province code and `today`.
 */
export async function seedScaleProvince(client: Db, options: ScaleOptions, report: Reporter, writers = 1): Promise<ScaleResult> {
  if (await client.province.findUnique({ where: { code: options.province } })) {
    if (!options.reset)
      throw new ScaleProvinceExists(
        `数据库中已有代码为 ${options.province} 的省份：加 --reset 先删除它再重建 (province ${options.province} exists: pass --reset).`,
      );
    await resetProvince(client, options.province);
  }
  const nextId = scaleIds(options.seed, options.province);
  const year = Number(options.today.slice(0, 4));
  const now = new Date(parseBusinessDate(options.today).getTime() - 8 * 3_600_000);
  const weeks = weeksBefore(options.today, options.rounds, options.seed);
  const rows: RowCounts = {};
  const passwordHash = await hashPassword(SCALE_PASSWORD);

  const base = await client.$transaction(async (transaction) => {
    const tx = transaction as Tx;
    const province = await tx.province.create({ data: { id: nextId(), code: options.province, name: provinceName(options.province) } });
    const supervisor = await tx.user.create({
      data: { id: nextId(), email: scaleEmail(options.province, "supervisor"), name: `${province.name}督导员`, passwordHash, mustChangePassword: false },
    });
    await tx.roleMembership.create({ data: { id: nextId(), userId: supervisor.id, role: "PROVINCE_SUPERVISOR", provinceId: province.id } });
    const { edition, criteria } = await sampleEdition(tx);
    // Its first check would lock it (a trigger); locked now, concurrent round writers never wait on that row.
    await tx.indicatorEdition.update({ where: { id: edition.id }, data: { isLocked: true } });
    const typeIds = await ensureSiteTypes(tx, SITE_TYPE_NAMES);
    return { province, edition, criteria, typeIds };
  }, TX);
  addCounts(rows, { Province: 1, User: 1, RoleMembership: 1 });

  // Site types weighted by how many FIELD criteria apply there; types no criterion inspects get no sites.
  const field = base.criteria.filter((criterion) => criterion.method === "FIELD");
  const types = SITE_TYPE_NAMES.map((name) => ({
    name,
    id: base.typeIds.get(name)!.id,
    weight: field.filter((c) => c.siteTypeNames.includes(name)).length,
  })).filter((type) => type.weight > 0);

  const cities: Array<{ city: WrittenCity; context: ScaleCityContext }> = [];
  const setup = report("cities", options.cities);
  for (let index = 0; index < options.cities; index++) {
    const random = scaleRandom(options.seed, options.province, `city-${index}`);
    const city = await client.$transaction(async (transaction) => {
      const tx = transaction as Tx;
      const written = await writeCity(tx, {
        index,
        provinceId: base.province.id,
        provinceCode: options.province,
        editionId: base.edition.id,
        criteria: base.criteria,
        types,
        departments: options.departments,
        sites: options.sites,
        year,
        passwordHash,
        random,
        nextId,
      });
      const responsibilities = await tx.cityCriterionDepartment.findMany({ where: { cityId: written.id, role: "LEAD" } });
      const ledCriteria = new Map<string, string[]>();
      for (const row of responsibilities) ledCriteria.set(row.departmentId, [...(ledCriteria.get(row.departmentId) ?? []), row.criterionId]);
      const tasks = planTasks({
        cityId: written.id,
        cityName: written.name,
        cycleId: written.cycleId,
        year,
        from: weeks[0].periodStart,
        today: options.today,
        now,
        officeUserId: written.officeUserId,
        departments: written.departments,
        ledCriteria,
        criterionIds: base.criteria.map((criterion) => criterion.id),
        random,
        nextId,
      });
      addCounts(rows, await writeTaskRows(tx, tasks));
      return written;
    }, TX);
    const loaded = await loadRoundSeedContext(client, {
      cityId: city.id,
      editionId: base.edition.id,
      today: options.today,
      now,
      random: scaleRandom(options.seed, options.province, `rounds-${index}`),
      officeUserId: city.officeUserId,
      inspectorUserId: city.inspectorUserIds[0],
      liaison: null,
      photos: [],
    });
    cities.push({ city, context: { ...loaded, nextId, inspectorUserIds: city.inspectorUserIds } });
    addCounts(rows, {
      City: 1,
      Department: city.departments.length,
      CreationCycle: 1,
      Site: options.sites,
      User: 1 + city.inspectorUserIds.length,
      RoleMembership: 1 + city.inspectorUserIds.length,
    });
    setup.advance(1);
  }
  setup.done();

  const plans = cities.map(({ context }) => cityPlan(context));
  const total = cities.reduce((sum, { context }, index) => sum + checksPerRound(context, plans[index]) * weeks.length, 0);
  const checks = report("checks", total);
  const roundIds: string[] = [];
  // Rounds are planned one after another (the ids and draws stay in one order) while up to
  // `writers` earlier rounds are being written, each in its own transaction.
  const writing = new Set<Promise<void>>();
  for (const [cityIndex, { context }] of cities.entries()) {
    for (const week of weeks) {
      const batch = emptyRows();
      planScaleRound(context, plans[cityIndex], week, batch);
      roundIds.push(batch.rounds[0].id as string);
      const write: Promise<void> = client
        .$transaction((tx) => writeRoundRows(tx as Tx, batch), TX)
        .then((counts) => {
          addCounts(rows, counts);
          checks.advance(batch.checks.length);
          writing.delete(write);
        });
      writing.add(write);
      if (writing.size >= writers) await Promise.race(writing);
    }
  }
  await Promise.all(writing);
  checks.done();

  // Fresh statistics for the planner: without them PostgreSQL joins a round's checks to every
  // CheckDepartment row (3 s a round at 2 million checks instead of 30 ms), and so would the app.
  await client.$executeRawUnsafe(`ANALYZE ${ANALYZED.map((table) => `"${table}"`).join(", ")}`);

  let scored = 0;
  if (options.scores) {
    const scores = report("round scores", roundIds.length);
    let at = 0;
    // `writers` rounds are scored at once, each in its own transaction.
    const scoreNext = async (): Promise<void> => {
      while (at < roundIds.length) {
        const roundId = roundIds[at++];
        await client.$transaction(async (tx) => storeRoundScore(tx as Tx, await tx.inspectionRound.findUniqueOrThrow({ where: { id: roundId } })), TX);
        scored++;
        scores.advance(1);
      }
    };
    await Promise.all(Array.from({ length: writers }, scoreNext));
    scores.done();
    addCounts(rows, { RoundScore: scored });
  }

  await client.$transaction((tx) =>
    writeAuditEntry(tx as Tx, null, {
      action: "seed.scale",
      entityType: "Province",
      entityId: base.province.id,
      after: {
        code: options.province,
        seed: options.seed,
        today: options.today,
        cities: options.cities,
        departments: options.departments,
        sites: options.sites,
        rounds: options.rounds,
        rows,
      },
    }),
  );
  return { provinceId: base.province.id, cityIds: cities.map(({ city }) => city.id), roundIds, rows, scored };
}
