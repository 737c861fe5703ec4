import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { seededRandom } from "@/prisma/seed/data/task-fates";
import type { EditionSource } from "@/prisma/seed/edition-source";
import { createEditionFromTree } from "@/tests/factories/edition";

// A round at the size closing must stay fast for: `sites` sites × `criteria` field criteria, one
// inspected check each (every rubric kind, one or two departments a check), and findings spread
// around its period. Written in batches of plain createMany.

export type BenchRoundSize = { sites: number; criteria: number; findings: number };
export type BenchRound = { roundId: string; checks: number };

const BATCH = 2_000;
const KINDS = [
  { kind: "DEDUCT", perFinding: 0.5, cap: 2 },
  { kind: "PROPORTION" },
  { kind: "PASS_FAIL" },
  { kind: "GRADED" },
  { kind: "THRESHOLD", target: 90, direction: "AT_LEAST" },
] as const;

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

function benchEdition(criteria: number): EditionSource {
  return {
    edition: "压测测评体系",
    code: "BENCH-ROUND",
    categories: [
      {
        code: "B1",
        name: "实地考察",
        contents: [
          {
            code: "B1-1",
            name: "点位",
            criteria: Array.from({ length: criteria }, (_, i) => ({
              code: `B1-1-${i + 1}`,
              name: `实地指标${i + 1}`,
              points: 2 + (i % 3),
              method: "FIELD",
              site_types: ["背街小巷"],
              rubric: KINDS[i % KINDS.length],
              lead: "市城管局",
            })),
          },
        ],
      },
    ],
  } as EditionSource;
}

function outcomeColumns(kind: (typeof KINDS)[number]["kind"], random: () => number) {
  if (kind === "DEDUCT") return { findingCount: random() < 0.7 ? 0 : 1 + Math.floor(random() * 3) };
  if (kind === "GRADED") return { grade: ["A", "B", "C", "D"][Math.floor(random() * 4)] };
  if (kind === "THRESHOLD") return { measuredValue: (80 + random() * 20).toFixed(2) };
  return { passed: random() < 0.85 };
}

export async function generateBenchRound(city: { cityId: string; departmentIds: string[] }, inspectorId: string, size: BenchRoundSize): Promise<BenchRound> {
  const random = seededRandom(40_000);
  const today = todayInShanghai();
  const { edition, criteria } = await createEditionFromTree(db(), { source: benchEdition(size.criteria) });
  const siteType = await db().siteType.upsert({ where: { name: "背街小巷" }, create: { name: "背街小巷" }, update: {} });
  const sites = Array.from({ length: size.sites }, (_, i) => ({
    id: randomUUID(),
    cityId: city.cityId,
    code: `B-${String(i + 1).padStart(4, "0")}`,
    siteTypeId: siteType.id,
    name: `压测点位${i + 1}`,
    street: `第${(i % 6) + 1}街道`,
    responsibleDepartmentId: city.departmentIds[i % city.departmentIds.length],
  }));
  await inBatches(sites, (batch) => db().site.createMany({ data: batch }));
  const round = await db().inspectionRound.create({
    data: {
      cityId: city.cityId,
      editionId: edition.id,
      name: "压测轮次",
      kind: "MONTHLY",
      status: "IN_PROGRESS",
      periodStart: parseBusinessDate(addDays(today, -30)),
      periodEnd: parseBusinessDate(today),
      createdById: inspectorId,
      startedAt: new Date(),
    },
  });
  await inBatches(sites, (batch) => db().roundSite.createMany({ data: batch.map((site) => ({ roundId: round.id, siteId: site.id })) }));
  await db().roundCriterion.createMany({ data: criteria.map((criterion) => ({ roundId: round.id, criterionId: criterion.id })) });

  const checks = sites.flatMap((site) =>
    criteria.map((criterion) => ({
      id: randomUUID(),
      cityId: city.cityId,
      roundId: round.id,
      clientKey: randomUUID(),
      criterionId: criterion.id,
      siteId: site.id,
      inspectorId,
      visitStatus: "INSPECTED" as const,
      ...outcomeColumns(criterion.rubricKind, random),
    })),
  );
  await inBatches(checks, (batch) => db().check.createMany({ data: batch }));
  const lead = city.departmentIds[0];
  const links = checks.flatMap((check, i) => {
    const primary = sites[Math.floor(i / criteria.length)].responsibleDepartmentId;
    return primary === lead
      ? [{ checkId: check.id, departmentId: primary }]
      : [
          { checkId: check.id, departmentId: primary },
          { checkId: check.id, departmentId: lead, isPrimary: false },
        ];
  });
  await inBatches(links, (batch) => db().checkDepartment.createMany({ data: batch }));

  const findings = Array.from({ length: size.findings }, (_, i) => {
    const due = addDays(today, -90 + Math.floor(random() * 120));
    const verifiedOn = random() < 0.6 ? addDays(due, Math.floor(random() * 10) - 5) : null;
    return {
      cityId: city.cityId,
      roundId: round.id,
      departmentId: city.departmentIds[i % city.departmentIds.length],
      description: `压测问题${i + 1}`,
      dueDate: parseBusinessDate(due),
      status: verifiedOn ? ("VERIFIED" as const) : ("DISPATCHED" as const),
      verifiedOn: verifiedOn ? parseBusinessDate(verifiedOn) : null,
    };
  });
  await inBatches(findings, (batch) => db().finding.createMany({ data: batch }));
  return { roundId: round.id, checks: checks.length };
}
