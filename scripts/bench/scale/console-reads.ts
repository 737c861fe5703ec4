import { db } from "@/lib/db";
import { loadUserActor } from "@/lib/server/auth/load-actor";
import { getProvinceOverview } from "@/lib/server/console/get-province-overview";
import { loadScoreSeries } from "@/lib/server/console/load-score-series";
import { measure, toTiming } from "../measure";
import type { Timing } from "../results-file";
import type { ScaleProvince } from "./find-scale-province";

const RUNS = 5;
const SECTION = "supervisor console reads";

/**
 * What /province reads, in process: the whole overview, and its trend alone (loadScoreSeries: three fields out of
 * every round publication in force, each a JSON path into a snapshot PostgreSQL must decompress whole).
 */
export async function benchConsoleReads(province: ScaleProvince): Promise<{ timings: Timing[]; notes: string[] }> {
  const user = await db().user.findUnique({ where: { email: province.supervisor.email }, select: { id: true } });
  const supervisor = user ? await loadUserActor(user.id) : null;
  if (!supervisor) return { timings: [], notes: [`no supervisor ${province.supervisor.email}: console reads not timed`] };
  const inForce = await db().publication.count({
    where: { scope: "CITY", kind: "ROUND", cityId: { in: province.cities.map((city) => city.id) }, supersededBy: null },
  });
  const overview = await measure("getProvinceOverview (the /province read)", RUNS, async () => `${(await getProvinceOverview(supervisor)).length} cities`);
  const series = await measure(`loadScoreSeries (${inForce} round publications in force)`, RUNS, async () => {
    return `${(await loadScoreSeries(province.cities.map((city) => city.id))).length} points`;
  });
  return { timings: [toTiming(SECTION, overview), toTiming(SECTION, series)], notes: [] };
}
