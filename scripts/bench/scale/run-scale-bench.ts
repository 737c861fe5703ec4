import os from "node:os";
import { db } from "@/lib/db";
import { formatBusinessDate, parseBusinessDate } from "@/lib/domain/dates";
import { formatTimings } from "../measure";
import { benchResults, currentMachine, writeBenchResults, type Ratio, type Timing } from "../results-file";
import { chooseQuarter } from "./choose-quarter";
import { benchConsoleReads } from "./console-reads";
import { describeDatabaseUrl } from "./database-url";
import { findScaleProvince } from "./find-scale-province";
import { benchQuarterScore } from "./period-score";
import { publishQuarterRounds } from "./publish-quarter";
import { benchRoundScorecards } from "./round-scorecards";
import { benchScalePages } from "./scale-pages";
import { benchSeriesReads } from "./series-reads";

const HOW_TO_SEED =
  "数据库中没有 seed:scale 数据，跳过规模测试。先运行 There is no seed:scale data set here; create one first:\n" +
  "  DATABASE_URL=<same url> npm run seed:scale                      (a province: 14 cities × 52 weekly rounds, ~25 min)\n" +
  "  DATABASE_URL=<same url> npm run seed:scale -- --cities 3 --departments 40 --sites 300 --rounds 12   (a small one, ~15 s)";

/**
 * `npm run bench -- --scale` on the loopback PostgreSQL database of `databaseUrl` holding a seed:scale data set:
 * a round's scorecards against the SQL floor, publishing the quarter's rounds, the quarter's score, then the
 * ranking page and the supervisor console through the production app. Prints and writes bench/results.json.
 */
export async function runScaleBench(databaseUrl: string, options: { pages: boolean }): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const timings: Timing[] = [];
  const ratios: Ratio[] = [];
  const notes: string[] = [];
  const finish = (dataSet: Record<string, string | number> | null) => {
    const file = writeBenchResults(
      benchResults({
        mode: "scale",
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: currentMachine(loadAtStart),
        database: describeDatabaseUrl(databaseUrl),
        dataSet,
        timings,
        ratios,
        notes,
      }),
    );
    console.log(`\nwrote ${file}`);
  };

  const province = await findScaleProvince();
  if (!province || province.cities.length === 0) {
    console.log(HOW_TO_SEED);
    notes.push("skipped: no seed:scale data set in the database");
    finish(null);
    return 0;
  }
  console.log(
    `scale data set: ${Object.entries(province.dataSet)
      .map(([key, value]) => `${key} ${value}`)
      .join(", ")}`,
  );
  console.log(`machine: ${os.cpus().length} cores, load average ${loadAtStart.map((load) => load.toFixed(2)).join(" ")} at the start\n`);

  const ends = await db().inspectionRound.findMany({
    where: { cityId: { in: province.cities.map((city) => city.id) }, status: "CLOSED", kind: { not: "RECHECK" } },
    select: { periodEnd: true },
    distinct: ["periodEnd"],
  });
  const quarter = chooseQuarter(
    ends.map((round) => formatBusinessDate(round.periodEnd)),
    province.today,
  );
  if (!quarter) {
    console.log("the scale data set has no closed round: nothing to score");
    notes.push("skipped: no closed round in the scale data set");
    finish(province.dataSet);
    return 0;
  }
  const [first] = province.cities;
  const round = await db().inspectionRound.findFirstOrThrow({
    where: { cityId: first.id, status: "CLOSED", kind: { not: "RECHECK" }, periodEnd: { lte: parseBusinessDate(quarter.end) } },
    orderBy: [{ periodEnd: "desc" }, { id: "asc" }],
  });

  const section = async (title: string, run: () => Promise<{ timings: Timing[]; ratios?: Ratio[]; notes?: string[] }>) => {
    console.log(`— ${title}`);
    const result = await run();
    timings.push(...result.timings);
    ratios.push(...(result.ratios ?? []));
    notes.push(...(result.notes ?? []));
    console.log(formatTimings(result.timings));
    for (const ratio of result.ratios ?? []) console.log(`${ratio.name}: ${ratio.value.toFixed(1)}×`);
    for (const note of result.notes ?? []) console.log(note);
    console.log("");
  };

  await section(`a round's scorecards: ${first.name} ${round.name}`, () => benchRoundScorecards(first.office, round));
  await section(`publishing the rounds of ${quarter.start}…${quarter.end} in every city`, () =>
    publishQuarterRounds(province.cities, quarter, (line) => process.stderr.write(`  ${line}\n`)),
  );
  await section(`${first.name}'s quarter score`, () => benchQuarterScore(first, quarter));
  await section(`reads of earlier publications in ${first.name}`, () => benchSeriesReads(first, quarter));
  await section("the supervisor console's reads", () => benchConsoleReads(province));

  if (options.pages) {
    const publication = await db().publication.findFirst({
      where: { cityId: first.id, kind: "ROUND", supersededBy: null },
      orderBy: [{ periodEnd: "desc" }, { publishedAt: "desc" }],
      select: { id: true },
    });
    if (publication)
      await section("pages through the production app, signed in as the scale supervisor", () =>
        benchScalePages({ databaseUrl, supervisor: province.supervisor, publicationId: publication.id, citySlug: first.slug }),
      );
  } else notes.push("pages skipped (--no-pages)");
  finish(province.dataSet);
  return 0;
}
