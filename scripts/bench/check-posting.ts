import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { submitCheck } from "@/lib/server/checks/submit-check";
import type { EditionSource } from "@/prisma/seed/edition-source";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound } from "@/tests/factories/inspection";
import { createSites, ensureSiteTypes } from "@/tests/factories/site";
import { percentile } from "./stats";

// 40 inspectors posting checks at once through the service layer (submitCheck: scope, rubric,
// departments, the finding a losing check opens, audit), each working through its own sites one
// check after another as a phone's queue does. Prints throughput and latency percentiles.

const INSPECTORS = 40;
const SITES_PER_INSPECTOR = 5;
const CRITERIA = 4;

function edition(): EditionSource {
  const rubrics = [
    { kind: "PASS_FAIL" },
    { kind: "DEDUCT", perFinding: 0.5, cap: 2 },
    { kind: "GRADED" },
    { kind: "THRESHOLD", target: 90, direction: "AT_LEAST" },
  ];
  return {
    edition: "压测巡查体系",
    code: "BENCH-CHECKS",
    categories: [
      {
        code: "P1",
        name: "巡查",
        contents: [
          {
            code: "P1-1",
            name: "点位",
            criteria: Array.from({ length: CRITERIA }, (_, i) => ({
              code: `P1-1-${i + 1}`,
              name: `巡查指标${i + 1}`,
              points: 2,
              method: "FIELD",
              site_types: ["压测点位"],
              rubric: rubrics[i % rubrics.length],
            })),
          },
        ],
      },
    ],
  } as EditionSource;
}

// Mostly full points; one in ten loses points and opens a finding.
function outcomeOf(kind: string, n: number) {
  const loses = n % 10 === 0;
  if (kind === "DEDUCT") return { findings: loses ? 2 : 0 };
  if (kind === "GRADED") return { grade: loses ? "C" : "A" };
  if (kind === "THRESHOLD") return { value: loses ? "80" : "95.5" };
  return { pass: !loses };
}

export async function benchCheckPosting(city: { cityId: string; departmentIds: string[] }): Promise<string> {
  const { edition: row, criteria } = await createEditionFromTree(db(), { source: edition() });
  const types = await ensureSiteTypes(db(), ["压测点位"]);
  const sites = await createSites(
    db(),
    city.cityId,
    Array.from({ length: INSPECTORS * SITES_PER_INSPECTOR }, (_, i) => ({
      name: `压测点位${i + 1}`,
      siteTypeId: types.get("压测点位")!.id,
      responsibleDepartmentId: city.departmentIds[i % city.departmentIds.length],
    })),
  );
  await db().cityCriterionDepartment.createMany({
    data: criteria.map((criterion) => ({ cityId: city.cityId, criterionId: criterion.id, departmentId: city.departmentIds[0], role: "LEAD" as const })),
    skipDuplicates: true,
  });
  const round = await createRound(db(), { cityId: city.cityId, editionId: row.id, createdById: "bench", status: "IN_PROGRESS", name: "压测巡查轮次" });
  const inspectors: Actor[] = Array.from({ length: INSPECTORS }, (_, i) => ({
    kind: "user",
    id: `bench-inspector-${i}`,
    label: `bench-inspector-${i}`,
    role: "INSPECTOR",
    provinceId: null,
    cityId: city.cityId,
    departmentId: null,
    mustChangePassword: false,
  }));
  await db().roundSite.createMany({ data: sites.map((site) => ({ roundId: round.id, siteId: site.id })) });
  await db().roundCriterion.createMany({ data: criteria.map((criterion) => ({ roundId: round.id, criterionId: criterion.id })) });

  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    inspectors.map(async (inspector, i) => {
      const own = sites.slice(i * SITES_PER_INSPECTOR, (i + 1) * SITES_PER_INSPECTOR);
      let n = 0;
      for (const site of own) {
        for (const criterion of criteria) {
          const sent = performance.now();
          await submitCheck(inspector, {
            roundId: round.id,
            clientKey: randomUUID(),
            criterionId: criterion.id,
            siteId: site.id,
            visitStatus: "INSPECTED",
            outcome: outcomeOf(criterion.rubricKind, (n += 1) + i),
          });
          latencies.push(performance.now() - sent);
        }
      }
    }),
  );
  const wall = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const findings = await db().finding.count({ where: { roundId: round.id } });
  return [
    `${INSPECTORS} inspectors posting ${latencies.length} checks concurrently through submitCheck (${findings} findings opened):`,
    `  throughput ${((latencies.length / wall) * 1000).toFixed(1)} checks/s over ${(wall / 1000).toFixed(1)} s; ` +
      `latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
  ].join("\n");
}
