import { z } from "zod";
import { db } from "@/lib/db";
import { publishedListSchema } from "@/lib/domain/publications/snapshot-schema";
import type { Period } from "@/lib/domain/scoring/department-scorecard";
import { loadPreviousLists } from "@/lib/server/publications/load-previous-lists";
import { loadPublishedRounds } from "@/lib/server/publications/period-snapshot";
import type { Tx } from "@/lib/server/tx";
import { measure, toTiming } from "../measure";
import type { Timing } from "../results-file";
import type { ScaleCity } from "./find-scale-province";

const RUNS = 5;
const SECTION = "series reads";

/**
 * The two reads of earlier publications every publication makes, timed alone: the previous lists (movement and
 * escalation) read every earlier publication of the series, and a period reads its round publications; each
 * parses their digests (the snapshot without the calculator input), so the time per publication read shows how they grow over a year of weekly issues.
 */
export async function benchSeriesReads(city: ScaleCity, quarter: Period): Promise<{ timings: Timing[]; notes: string[] }> {
  const read = <T>(run: (tx: Tx) => Promise<T>) => db().$transaction((tx) => run(tx as Tx), { timeout: 120_000 });
  const series = await db().publication.count({ where: { scope: "CITY", cityId: city.id, kind: "ROUND" } });
  const previous = await measure(`loadPreviousLists ROUND series (${series} publications)`, RUNS, async () => {
    await read((tx) => loadPreviousLists(tx, { cityId: city.id, kind: "ROUND", roundKind: "WEEKLY" }));
    return `${series} digests parsed`;
  });
  // The alternative the numbers call for: the same rows, reading only the snapshot's lists (a JSON path in SQL).
  const listsOnly = await measure(`the same series, snapshot->'lists' only (alternative)`, RUNS, async () => {
    const rows = await db().$queryRaw<{ id: string; lists: unknown }[]>`
      SELECT id, "supersedesId", "publishedAt", snapshot->'lists' AS lists FROM "Publication"
      WHERE scope = 'CITY' AND "cityId" = ${city.id} AND kind = 'ROUND' ORDER BY "publishedAt", "issueNumber"`;
    for (const row of rows) z.array(publishedListSchema).parse(row.lists);
    return `${rows.length} lists parsed`;
  });
  let rounds = 0;
  const published = await measure(`loadPublishedRounds ${quarter.start}…${quarter.end}`, RUNS, async () => {
    rounds = (await read((tx) => loadPublishedRounds(tx, city.id, quarter.start, quarter.end))).length;
    return `${rounds} digests parsed`;
  });
  const bytes = await db().$queryRaw<{ average: number | null }[]>`
    SELECT avg(length(snapshot::text))::int AS average FROM "Publication" WHERE "cityId" = ${city.id} AND kind = 'ROUND'`;
  const perSnapshot = series ? previous.median / series : 0;
  return {
    timings: [toTiming(SECTION, previous), toTiming(SECTION, listsOnly), toTiming(SECTION, published)],
    notes: [
      `a round snapshot of ${city.name} is ${Math.round((bytes[0]?.average ?? 0) / 1024)} KiB of JSON; the previous lists cost ${perSnapshot.toFixed(1)} ms per earlier publication, ` +
        `so the 52nd weekly publication of a year would spend about ${((perSnapshot * 51) / 1000).toFixed(1)} s reading the 51 before it`,
    ],
  };
}
