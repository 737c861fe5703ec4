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
import { formatTable, measure } from "./bench/measure";
import { benchPageThroughput } from "./bench/page-throughput";
import { benchRoundClose } from "./bench/round-close";
import { benchCheckPosting } from "./bench/check-posting";

// npm run bench: the task list, the ledger export and closing a 40,000-check round at a large
// city's scale, on a fresh in-memory embedded database (nothing on disk is touched), then signed-in page throughput
// against /api/v1/me through the production app on a fresh demo database (builds first when the
// build is stale). Prints medians, rates and ratios; asserts nothing.
// `npm run bench -- --pages` runs only the page part, `-- --no-pages` skips it.
const SIZE = { tasks: 5_000, entries: 20_000, departments: 30 };
const RUNS = 7;
const EXPORT_RUNS = 3;

async function main() {
  const pagesOnly = process.argv.includes("--pages");
  if (!pagesOnly) await benchInProcess();
  if (!process.argv.includes("--no-pages")) await benchPageThroughput();
}

async function benchInProcess() {
  if (env().DATABASE_URL) {
    process.stderr.write("npm run bench 使用自己的内存数据库，请先取消 DATABASE_URL。Unset DATABASE_URL: the bench makes its own in-memory database.\n");
    process.exit(2);
  }
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
  console.log(`\n${await benchCheckPosting(city)}`);
  await disconnectDb();
  await closeEmbeddedDatabase();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
