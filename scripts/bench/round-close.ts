import { db } from "@/lib/db";
import { closeRound } from "@/lib/server/rounds/close-round";
import { computeRoundScore } from "@/lib/server/scoring/compute-round-score";
import { createUser } from "@/tests/factories/user";
import { generateBenchRound, type BenchRoundSize } from "./generate-bench-round";
import { measure, type Measurement } from "./measure";
import { aggregateRoundChecks } from "./sql-floor";

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

  const floor = await measure("SQL floor: one aggregate over the round's checks", RUNS, async () => `${await aggregateRoundChecks(round.roundId)} groups`);
  const compute = await measure("computeRoundScore (what closing stores)", RUNS, async () => {
    const { result } = await computeRoundScore(office.actor, { roundId: round.roundId });
    return `city ${result.cityScore}`;
  });
  started = performance.now();
  const closed = await closeRound(office.actor, { id: round.roundId });
  const elapsed = performance.now() - started;
  const closing: Measurement = { name: "closeRound (once)", median: elapsed, min: elapsed, max: elapsed, runs: 1, note: closed.status, times: [elapsed] };

  const ratio = (m: Measurement) => (m.median / floor.median).toFixed(1);
  const summary = `${generated}\nclosing takes ${ratio(closing)}× the SQL floor (computing alone ${ratio(compute)}×)`;
  return { results: [floor, compute, closing], summary };
}
