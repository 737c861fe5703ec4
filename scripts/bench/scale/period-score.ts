import { db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import type { Period } from "@/lib/domain/scoring/department-scorecard";
import { previewPublication } from "@/lib/server/publications/preview-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { measure, toTiming } from "../measure";
import type { Timing } from "../results-file";
import { summarize } from "../stats";
import type { ScaleCity } from "./find-scale-province";

const RUNS = 5;
const SECTION = "quarter score";

/**
 * A city's quarter score as preview computes it (buildPeriodSnapshot: the standing round publications of the
 * quarter parsed and averaged, the lists evaluated with movement, plan progress and rectification figures),
 * then publishing that quarter once when it has no standing publication yet.
 */
export async function benchQuarterScore(city: ScaleCity, quarter: Period): Promise<{ timings: Timing[]; notes: string[] }> {
  const body = { kind: "QUARTER" as const, periodStart: quarter.start, periodEnd: quarter.end };
  const preview = await measure(`previewPublication QUARTER ${quarter.start}…${quarter.end} (buildPeriodSnapshot)`, RUNS, async () => {
    const { snapshot } = await previewPublication(city.office, body);
    return "rounds" in snapshot ? `${snapshot.rounds.length} round publications` : "";
  });
  const timings = [toTiming(SECTION, preview)];
  const standing = await db().publication.findFirst({
    where: {
      scope: "CITY",
      cityId: city.id,
      kind: "QUARTER",
      periodStart: parseBusinessDate(quarter.start),
      periodEnd: parseBusinessDate(quarter.end),
      supersededBy: null,
    },
    select: { id: true },
  });
  if (standing) return { timings, notes: [`${city.name}'s quarter was published already: publishing it was not timed`] };
  const started = performance.now();
  await publishPublication(city.office, body);
  timings.push({ section: SECTION, name: "publishPublication QUARTER (once)", note: city.name, ...summarize([performance.now() - started]) });
  return { timings, notes: [`published ${city.name}'s quarter ${quarter.start}…${quarter.end}`] };
}
