import { db } from "@/lib/db";
import { closeRound } from "@/lib/server/rounds/close-round";
import { computeRoundScore } from "@/lib/server/scoring/compute-round-score";
import { createUser } from "@/tests/factories/user";
import { generateBenchRound, type BenchRoundSize } from "./generate-bench-round";
import { measure, type Measurement } from "./measure";

const SIZE: BenchRoundSize = { sites: 1_000, criteria: 40, findings: 5_000 };
const RUNS = 3;

/**
 * Closing a round of 1,000 sites × 40 criteria through the app's own use cases (the score is
 * computed afresh and stored in the closing transaction) against the floor: one SQL aggregate
 * over the same checks and their departments. Prints the ratio; asserts nothing.
 */
export async function benchRoundClose(city: { cityId: string; departmentIds: string[] }): Promise<{ results: Measurement[]; summary: string }> {
  const office = await createUser(db(), { role: "CITY_ADMIN", cityId: city.cityId });
  let started = performance.now();
  const round = await generateBenchRound(city, office.user.id, SIZE);
  const generated = `generated a round of ${SIZE.sites} sites × ${SIZE.criteria} criteria (${round.checks} checks) and ${SIZE.findings} findings in ${(performance.now() - started).toFixed(0)} ms`;

  const floor = await measure("SQL floor: one aggregate over the round's checks", RUNS, async () => {
    const rows = await db().$queryRaw<{ n: bigint }[]>`
      SELECT c."criterionId", cd."departmentId", count(*) AS n, sum(c."findingCount") AS findings,
             count(*) FILTER (WHERE c."passed") AS passed, avg(c."measuredValue") AS mean, count(c."grade") AS graded
      FROM "Check" c JOIN "CheckDepartment" cd ON cd."checkId" = c."id"
      WHERE c."roundId" = ${round.roundId} AND c."visitStatus" = 'INSPECTED'
      GROUP BY c."criterionId", cd."departmentId"`;
    return `${rows.length} groups`;
  });
  const compute = await measure("computeRoundScore (what closing stores)", RUNS, async () => {
    const { result } = await computeRoundScore(office.actor, { roundId: round.roundId });
    return `city ${result.cityScore}`;
  });
  started = performance.now();
  const closed = await closeRound(office.actor, { id: round.roundId });
  const closing: Measurement = { name: "closeRound (once)", median: performance.now() - started, min: 0, max: 0, runs: 1, note: closed.status };
  closing.min = closing.max = closing.median;

  const ratio = (m: Measurement) => (m.median / floor.median).toFixed(1);
  const summary = `${generated}\nclosing takes ${ratio(closing)}× the SQL floor (computing alone ${ratio(compute)}×)`;
  return { results: [floor, compute, closing], summary };
}
