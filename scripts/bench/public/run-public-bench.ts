import { ensureBuild } from "../../build";
import type { Ratio, Timing } from "../results-file";
import type { Throughput } from "../throughput";
import { ensureBareNext } from "./bare-next";
import { designAEstimate } from "./design-a-estimate";
import { formatColumns, formatKb, formatRatio, formatScore } from "./format";
import { APP_STATIC, LOAD, measureBareNext, measurePublicApp, type AppMeasurements, type BareMeasurements, type FirstLoad } from "./measure-public-app";

// `npm run bench -- --public` (and part of the default run): the public pages' throughput against a
// static page of the same app in the same run, design A's estimated throughput beside it, the SQL
// statements a visit costs, first-load JavaScript against a bare Next.js page's, and Lighthouse's
// mobile performance and accessibility scores (about 25 s; `--no-lighthouse` skips them). Prints;
// asserts nothing.

export type PublicBench = { timings: Timing[]; ratios: Ratio[]; notes: string[] };

const FIRST_LOAD_GOAL = 1.1;
const perSecond = (rows: readonly Throughput[]) => rows.reduce((sum, row) => sum + row.perSecond, 0) / rows.length;

function timing(section: string, row: Throughput, note: string): Timing {
  const { runs, p50, p99, min, max, mean } = row;
  return { section, name: `GET ${row.path}`, note, runs, p50, p99, min, max, mean };
}

function printThroughput(app: AppMeasurements, bare: BareMeasurements, staticRate: number, estimateA: number | null): void {
  console.log(`\npublic pages, anonymous, ${LOAD.concurrency} concurrent clients, ${LOAD.seconds} s each (static page: mean of before and after)`);
  const rows = app.throughput.map((r) => [
    r.path,
    r.perSecond.toFixed(1),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    String(r.requests),
    String(r.failures),
    (r.queries / r.visits).toFixed(2),
    formatRatio(r.perSecond, staticRate),
  ]);
  rows.push(["design A (estimate)", estimateA?.toFixed(1) ?? "—", "", "", "", "", "", estimateA ? formatRatio(estimateA, staticRate) : "—"]);
  console.log(formatColumns(["path", "req/s", "p50 ms", "p99 ms", "requests", "failed", "queries/visit", "× static"], rows));
  console.log(
    `first visits (cold cache): ${app.firstVisitQueries.map((v) => `${v.path} ${v.queries} queries`).join(", ")}\n` +
      `bare Next.js: prerendered / ${bare.prerendered.perSecond.toFixed(1)} req/s, static file ${bare.static.perSecond.toFixed(1)} req/s ` +
      `(design A = the app's static page + the bare app's extra time per prerendered page)`,
  );
}

function printFirstLoad(pages: readonly FirstLoad[], bare: FirstLoad): void {
  console.log(`\nfirst-load JavaScript, gzip (goal: within ${Math.round((FIRST_LOAD_GOAL - 1) * 100)}% of a bare Next.js page)`);
  const row = (label: string, f: FirstLoad) => [
    label,
    String(f.chunks.length),
    formatKb(f.chunkGzipBytes),
    formatKb(f.inlineBytes),
    formatKb(f.inlineGzipBytes),
    formatKb(f.totalGzipBytes),
    formatRatio(f.totalGzipBytes, bare.totalGzipBytes),
    formatKb(f.htmlGzipBytes),
  ];
  const header = ["page", "chunks", "chunks gz", "inline", "inline gz", "total gz", "× bare", "HTML gz"];
  console.log(formatColumns(header, [row("bare Next.js /", bare), ...pages.map((f) => row(f.path, f))]));
}

function printLighthouse(app: AppMeasurements): void {
  if (!app.lighthouse) return;
  console.log(`\nLighthouse (mobile, simulated throttling), ${app.lighthouseSeconds?.toFixed(0)} s`);
  const rows = app.lighthouse.map((r) => [
    r.path,
    formatScore(r.performance),
    formatScore(r.accessibility),
    r.metrics.fcp?.toFixed(0) ?? "—",
    r.metrics.lcp?.toFixed(0) ?? "—",
    r.metrics.tbt?.toFixed(0) ?? "—",
    r.metrics.cls?.toFixed(3) ?? "—",
    r.failedAccessibility.join(" ") || "none",
  ]);
  console.log(formatColumns(["page", "performance", "accessibility", "FCP ms", "LCP ms", "TBT ms", "CLS", "failed a11y audits"], rows));
}

export async function runPublicBench(options: { lighthouse: boolean }): Promise<PublicBench> {
  ensureBuild();
  ensureBareNext();
  const app = await measurePublicApp(options);
  const bare = await measureBareNext();
  const staticRows = app.throughput.filter((row) => row.path === APP_STATIC);
  const pages = app.throughput.filter((row) => row.path !== APP_STATIC);
  const staticRate = perSecond(staticRows);
  const estimateA = designAEstimate({ appStatic: staticRate, bareStatic: bare.static.perSecond, barePrerendered: bare.prerendered.perSecond });
  printThroughput(app, bare, staticRate, estimateA);
  printFirstLoad(app.firstLoad, bare.firstLoad);
  printLighthouse(app);

  const staticName = `GET ${APP_STATIC} (same app, same run, mean of before and after)`;
  const timings = [
    ...app.throughput.map((r) => timing("public pages (anonymous)", r, `${r.perSecond.toFixed(1)} req/s, ${r.queries} queries in ${r.visits} visits`)),
    timing("bare Next.js (design A estimate)", bare.prerendered, `${bare.prerendered.perSecond.toFixed(1)} req/s, prerendered page`),
    timing("bare Next.js (design A estimate)", bare.static, `${bare.static.perSecond.toFixed(1)} req/s, static file`),
  ];
  const ratios: Ratio[] = pages.map((r) => ({
    name: `throughput GET ${r.path} ÷ static page`,
    value: r.perSecond / staticRate,
    of: `GET ${r.path}`,
    floor: staticName,
  }));
  if (estimateA) {
    ratios.push({ name: "throughput design A (estimate) ÷ static page", value: estimateA / staticRate, of: "design A estimate", floor: staticName });
    for (const r of pages)
      ratios.push({ name: `throughput GET ${r.path} ÷ design A (estimate)`, value: r.perSecond / estimateA, of: `GET ${r.path}`, floor: "design A estimate" });
  }
  for (const f of app.firstLoad)
    ratios.push({
      name: `first-load JS ${f.path} ÷ bare Next.js page`,
      value: f.totalGzipBytes / bare.firstLoad.totalGzipBytes,
      of: f.path,
      floor: "bare Next.js page (gzip)",
    });

  const notes = [
    `public: design A is an estimate (no prerendered route in the app): ${estimateA?.toFixed(1) ?? "—"} req/s = the app's static page plus the bare Next.js app's extra time per prerendered page (bare: prerendered ${bare.prerendered.perSecond.toFixed(1)}, static ${bare.static.perSecond.toFixed(1)} req/s); it leaves out the larger HTML of a real public page`,
    ...pages.map((r) => `public: GET ${r.path} ran ${r.queries} SQL statements in ${r.visits} visits under load`),
    ...app.firstVisitQueries.map((v) => `public: first visit of ${v.path} after start ran ${v.queries} SQL statements`),
    ...[bare.firstLoad, ...app.firstLoad].map(
      (f) =>
        `first-load JS ${f === bare.firstLoad ? "bare Next.js /" : f.path}: ${f.chunks.length} chunks ${formatKb(f.chunkGzipBytes)} gzip + inline ${formatKb(f.inlineBytes)} (${formatKb(f.inlineGzipBytes)} gzip) = ${formatKb(f.totalGzipBytes)}; HTML ${formatKb(f.htmlBytes)} (${formatKb(f.htmlGzipBytes)} gzip)`,
    ),
    ...(app.lighthouse ?? []).map(
      (r) =>
        `lighthouse ${r.path}: performance ${formatScore(r.performance)}, accessibility ${formatScore(r.accessibility)}; FCP ${r.metrics.fcp?.toFixed(0)} ms, LCP ${r.metrics.lcp?.toFixed(0)} ms, TBT ${r.metrics.tbt?.toFixed(0)} ms, CLS ${r.metrics.cls?.toFixed(3)}; failed accessibility audits: ${r.failedAccessibility.join(", ") || "none"}`,
    ),
  ];
  return { timings, ratios, notes };
}
