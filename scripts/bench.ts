import os from "node:os";
import { PGlite } from "@electric-sql/pglite";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { exportLedger } from "@/lib/server/ledger/export/export-ledger";
import { closeEmbeddedDatabase, installEmbeddedDatabase } from "@/lib/server/system/embedded-database";
import { applyMigrations } from "@/lib/server/system/migrations";
import { pgliteSession } from "@/lib/server/system/sql-sessions";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { getTaskProgress } from "@/lib/server/tasks/get-task-progress";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import { generateBenchCity } from "./bench/generate-bench-city";
import { formatTable, measure, toTiming } from "./bench/measure";
import { benchPageThroughput } from "./bench/page-throughput";
import { benchRoundClose } from "./bench/round-close";
import { benchCheckPosting } from "./bench/check-posting";
import { runPublicBench } from "./bench/public/run-public-bench";
import { benchResults, currentMachine, writeBenchResults, type Ratio, type Timing } from "./bench/results-file";
import { scaleBenchRefusal } from "./bench/scale/database-url";
import { runScaleBench } from "./bench/scale/run-scale-bench";

// npm run bench: the task list, the ledger export and closing a 40,000-check round at a large
// city's scale, on a fresh in-memory embedded database (nothing on disk is touched), then signed-in page throughput
// against /api/v1/me through the production app on a fresh demo database (builds first when the
// build is stale). Prints medians, rates and ratios, writes them to bench/results.json; asserts nothing.
// Then the public pages, anonymous: throughput against a static page, SQL statements per visit and
// first-load JavaScript against a bare Next.js page (scripts/bench/public/run-public-bench.ts).
// `npm run bench -- --pages` runs only the page parts, `-- --no-pages` skips them, `-- --public` runs
// only the public part (Lighthouse's mobile scores of the public pages included; `-- --no-lighthouse` skips them).
// `DATABASE_URL=<loopback> npm run bench -- --scale [--no-pages]` runs on a seed:scale data set instead
// (scripts/bench/scale/run-scale-bench.ts).
const SIZE = { tasks: 5_000, entries: 20_000, departments: 30 };
const RUNS = 7;
const EXPORT_RUNS = 3;

async function main(): Promise<number> {
  const publicOnly = process.argv.includes("--public");
  const pages = !process.argv.includes("--no-pages") || publicOnly;
  if (process.argv.includes("--scale")) {
    const refusal = scaleBenchRefusal(env().DATABASE_URL);
    if (refusal) {
      process.stderr.write(`${refusal}\n`);
      return 2;
    }
    try {
      return await runScaleBench(env().DATABASE_URL!, { pages });
    } finally {
      await disconnectDb();
    }
  }
  if (env().DATABASE_URL) {
    process.stderr.write(
      "npm run bench 使用自己的内存数据库，请先取消 DATABASE_URL，或加 --scale 在 seed:scale 数据上运行。Unset DATABASE_URL (the bench makes its own in-memory database), or pass --scale to run on a seed:scale data set.\n",
    );
    return 2;
  }
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const timings: Timing[] = [];
  const ratios: Ratio[] = [];
  const notes: string[] = [];
  const inProcess = !process.argv.includes("--pages") && !publicOnly;
  if (inProcess) notes.push(...(await benchInProcess(timings)));
  if (pages && !publicOnly) {
    for (const row of await benchPageThroughput()) {
      const { runs, p50, p99, min, max, mean } = row;
      timings.push({
        section: "signed-in throughput (demo office)",
        name: `GET ${row.path}`,
        note: `${row.perSecond.toFixed(1)} req/s`,
        runs,
        p50,
        p99,
        min,
        max,
        mean,
      });
    }
  }
  if (pages) {
    const publicPart = await runPublicBench({ lighthouse: !process.argv.includes("--no-lighthouse") });
    timings.push(...publicPart.timings);
    ratios.push(...publicPart.ratios);
    notes.push(...publicPart.notes);
  }
  const results = benchResults({
    mode: "memory",
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: currentMachine(loadAtStart),
    database: "embedded, in memory (pages: a fresh embedded demo database)",
    dataSet: inProcess ? { ...SIZE, roundChecks: 40_000 } : null,
    timings,
    ratios,
    notes,
  });
  console.log(`\nwrote ${writeBenchResults(results)}`);
  return 0;
}

/** The in-process part; adds its timings and answers its summary lines. */
async function benchInProcess(timings: Timing[]): Promise<string[]> {
  let started = performance.now();
  const pglite = new PGlite();
  await applyMigrations(pgliteSession(pglite));
  installEmbeddedDatabase(pglite);
  console.log(`migrated in-memory database in ${(performance.now() - started).toFixed(0)} ms`);

  started = performance.now();
  const city = await generateBenchCity(SIZE);
  console.log(
    `generated ${SIZE.tasks} tasks, ${SIZE.entries} ledger entries, ${SIZE.departments} departments in ${(performance.now() - started).toFixed(0)} ms\n`,
  );

  const office: Actor = {
    kind: "user",
    id: "bench",
    label: "bench",
    role: "CITY_ADMIN",
    provinceId: null,
    cityId: city.cityId,
    departmentId: null,
    mustChangePassword: false,
  };
  const department = city.departmentIds[4];
  const listed = async (params: Parameters<typeof listTasks>[1]) => {
    const { items, total } = await listTasks(office, params);
    return `${items.length} of ${total}`;
  };
  const results = [
    await measure("listTasks page 1 (pageSize 50)", RUNS, () => listed({ page: 1, pageSize: 50 })),
    await measure("listTasks page 50 (pageSize 50)", RUNS, () => listed({ page: 50, pageSize: 50 })),
    await measure("listTasks status=OVERDUE", RUNS, () => listed({ status: "OVERDUE", pageSize: 50 })),
    await measure("listTasks department (lead or co)", RUNS, () => listed({ department, pageSize: 50 })),
    await measure("listTasks sort=title desc, page 3", RUNS, () => listed({ sort: "title", order: "desc", page: 3, pageSize: 50 })),
    await measure("listTasks sort=status, page 2", RUNS, () => listed({ sort: "status", page: 2, pageSize: 50 })),
    await measure("getTaskProgress (roll-ups)", RUNS, async () => (await getTaskProgress(office)).overall.arithmetic ?? "—"),
    await measure("getTaskOrThrow", RUNS, async () => (await getTaskOrThrow(office, city.taskIds[2_500])).status),
    await measure(
      "exportLedger city .xlsx",
      EXPORT_RUNS,
      async () => `${((await new Response((await exportLedger(office)).body).arrayBuffer()).byteLength / 1024).toFixed(0)} KiB`,
    ),
    await measure(
      "exportLedger department .xlsx",
      RUNS,
      async () => `${((await new Response((await exportLedger(office, { department })).body).arrayBuffer()).byteLength / 1024).toFixed(0)} KiB`,
    ),
  ];
  console.log(formatTable(results));
  const rounds = await benchRoundClose(city);
  console.log(`\n${rounds.summary.split("\n")[0]}\n`);
  console.log(formatTable(rounds.results));
  console.log(rounds.summary.split("\n").slice(1).join("\n"));
  const posting = await benchCheckPosting(city);
  console.log(`\n${posting}`);
  timings.push(...results.map((m) => toTiming("tasks and ledger", m)), ...rounds.results.map((m) => toTiming("closing a round", m)));
  await disconnectDb();
  await closeEmbeddedDatabase();
  return [...rounds.summary.split("\n"), ...posting.split("\n").map((line) => line.trim())];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
