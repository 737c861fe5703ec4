import { ensureBuild } from "../../build";
import type { Ratio, Timing } from "../results-file";
import type { Throughput } from "../throughput";
import { ensureBareNext } from "./bare-next";
import { designAEstimate } from "./design-a-estimate";
import { formatKb, formatScore } from "./format";
import { APP_STATIC, measureBareNext, measurePublicApp } from "./measure-public-app";
import { printFirstLoad, printLighthouse, printThroughput, type Estimate } from "./print-public-bench";

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

export async function runPublicBench(options: { lighthouse: boolean }): Promise<PublicBench> {
  ensureBuild();
  ensureBareNext();
  const app = await measurePublicApp(options);
  const bare = await measureBareNext();
  const pages = app.throughput.filter((row) => row.path !== APP_STATIC);
  const staticRate = perSecond(app.throughput.filter((row) => row.path === APP_STATIC));
  const estimate = (label: string, basis: Throughput): Estimate => ({
    label,
    basis,
    perSecond: designAEstimate({ appStatic: staticRate, bareStatic: bare.static.perSecond, barePrerendered: basis.perSecond }),
  });
  const estimates = [
    estimate("design A (estimate, tiny page)", bare.prerendered),
    estimate(`design A (estimate, ${formatKb(bare.large.htmlBytes)} page)`, bare.large),
  ];
  printThroughput(app, bare, staticRate, estimates);
  printFirstLoad(app.firstLoad, bare.firstLoad, FIRST_LOAD_GOAL);
  printLighthouse(app);

  const staticName = `GET ${APP_STATIC} (same app, same run, mean of before and after)`;
  const timings = [
    ...app.throughput.map((r) => timing("public pages (anonymous)", r, `${r.perSecond.toFixed(1)} req/s, ${r.queries} SQL statements in ${r.visits} visits`)),
    ...[bare.prerendered, bare.large, bare.static].map((r) => timing("bare Next.js (design A estimate)", r, `${r.perSecond.toFixed(1)} req/s`)),
  ];
  const ratios: Ratio[] = pages.map((r) => ({
    name: `throughput GET ${r.path} ÷ static page`,
    value: r.perSecond / staticRate,
    of: `GET ${r.path}`,
    floor: staticName,
  }));
  for (const e of estimates) {
    if (e.perSecond) ratios.push({ name: `throughput ${e.label} ÷ static page`, value: e.perSecond / staticRate, of: e.label, floor: staticName });
  }
  for (const f of app.firstLoad) {
    const value = f.totalGzipBytes / bare.firstLoad.totalGzipBytes;
    ratios.push({ name: `first-load JS ${f.path} ÷ bare Next.js page`, value, of: f.path, floor: "bare Next.js page (gzip)" });
  }

  const notes = [
    `public: design A is an estimate (the app has no prerendered route): the app's static page plus the bare Next.js app's extra time per prerendered page; ${estimates.map((e) => `${e.label} ${e.perSecond?.toFixed(1) ?? "—"} req/s`).join(", ")}`,
    ...pages.map((r) => `public: GET ${r.path} ran ${r.queries} SQL statements in ${r.visits} visits under load`),
    ...app.firstVisitQueries.map((v) => `public: the first visit of ${v.path} after start ran ${v.queries} SQL statements`),
    ...[{ ...bare.firstLoad, path: "bare Next.js /" }, ...app.firstLoad].map(
      (f) =>
        `first-load JS ${f.path}: ${f.chunks.length} chunks ${formatKb(f.chunkGzipBytes)} gzip + inline ${formatKb(f.inlineBytes)} (${formatKb(f.inlineGzipBytes)} gzip) = ${formatKb(f.totalGzipBytes)}; HTML ${formatKb(f.htmlBytes)} (${formatKb(f.htmlGzipBytes)} gzip)`,
    ),
    ...(app.lighthouse ?? []).map(
      (r) =>
        `lighthouse ${r.path}: performance ${formatScore(r.performance)}, accessibility ${formatScore(r.accessibility)}; FCP ${r.metrics.fcp?.toFixed(0)} ms, LCP ${r.metrics.lcp?.toFixed(0)} ms, TBT ${r.metrics.tbt?.toFixed(0)} ms, CLS ${r.metrics.cls?.toFixed(3)}; failed accessibility audits: ${r.failedAccessibility.join(", ") || "none"}`,
    ),
  ];
  return { timings, ratios, notes };
}
