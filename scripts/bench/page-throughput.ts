import { env } from "@/lib/env";
import { ensureBuild } from "../build";
import { freePort } from "./free-port";
import { serveForBench } from "./serve-for-bench";
import { signIn } from "./sign-in";
import { measureThroughput, type LoadSpec, type Throughput } from "./throughput";

// Signed-in pages against the lightest signed-in API call, through the production app on the
// demo: a page pays for the same session check as /api/v1/me plus the shell (unread count,
// navigation) and its own reads. The goal is pages at ≥ 0.8× /api/v1/me.
const LOAD: LoadSpec = { concurrency: 8, seconds: 10, maxRequests: 5_000, warmup: 20 };
const BASELINE = "/api/v1/me";
const PAGES = ["/account/password", "/tasks"];
const GOAL = 0.8;

function formatThroughput(rows: readonly (Throughput & { ratio: string })[]): string {
  const header = ["path", "req/s", "p50 ms", "p99 ms", "requests", "failed", "× /api/v1/me"];
  const body = rows.map((r) => [r.path, r.perSecond.toFixed(1), r.p50.toFixed(1), r.p99.toFixed(1), String(r.requests), String(r.failures), r.ratio]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** Starts the built app, signs the demo office in and prints each page's throughput as a ratio of /api/v1/me's; answers the rows. */
export async function benchPageThroughput(): Promise<Throughput[]> {
  // Built before the app starts, so the start-up timeout covers starting alone.
  ensureBuild();
  const started = performance.now();
  const server = await serveForBench(await freePort());
  try {
    console.log(`started the app on a fresh demo database in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const session = await signIn(server.baseUrl, "office@demo.local", env().DEMO_PASSWORD);
    // The baseline runs before and after the pages, and counts as the mean of the two.
    const before = await measureThroughput(server.baseUrl, session, BASELINE, LOAD);
    const pages = [];
    for (const page of PAGES) pages.push(await measureThroughput(server.baseUrl, session, page, LOAD));
    const after = await measureThroughput(server.baseUrl, session, BASELINE, LOAD);
    const baseline = (before.perSecond + after.perSecond) / 2;
    const ratio = (row: Throughput) => `${(row.perSecond / baseline).toFixed(2)}×`;
    console.log(`\nsigned-in throughput, ${LOAD.concurrency} concurrent clients, ${LOAD.seconds} s each (goal: pages ≥ ${GOAL}× ${BASELINE})`);
    console.log(formatThroughput([before, ...pages, after].map((row) => ({ ...row, ratio: row.path === BASELINE ? "1.00×" : ratio(row) }))));
    for (const page of pages) {
      const verdict = page.perSecond / baseline >= GOAL ? "meets" : "below";
      console.log(`${page.path}: ${ratio(page)} of ${BASELINE} (${baseline.toFixed(1)} req/s) — ${verdict} the ${GOAL}× goal`);
    }
    return [before, ...pages, after];
  } finally {
    await server.stop();
  }
}
