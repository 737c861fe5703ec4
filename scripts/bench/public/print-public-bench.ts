import type { Throughput } from "../throughput";
import { formatColumns, formatKb, formatRatio, formatScore } from "./format";
import { LOAD, type AppMeasurements, type BareMeasurements, type FirstLoad } from "./measure-public-app";

// The public bench's tables on the console.

export type Estimate = { label: string; perSecond: number | null; basis: Throughput };

export function printThroughput(app: AppMeasurements, bare: BareMeasurements, staticRate: number, estimates: readonly Estimate[]): void {
  console.log(
    `\npublic pages, anonymous, ${LOAD.concurrency} concurrent clients, ${LOAD.seconds} s each (× static: of the static page's mean before and after)`,
  );
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
  for (const e of estimates) rows.push([e.label, e.perSecond?.toFixed(1) ?? "—", "", "", "", "", "", e.perSecond ? formatRatio(e.perSecond, staticRate) : "—"]);
  console.log(formatColumns(["path", "req/s", "p50 ms", "p99 ms", "requests", "failed", "queries/visit", "× static"], rows));
  console.log(`first visits after start (cold cache): ${app.firstVisitQueries.map((v) => `${v.path} ${v.queries} SQL statements`).join(", ")}`);
  console.log(
    `bare Next.js: prerendered / ${bare.prerendered.perSecond.toFixed(1)} req/s, prerendered ${bare.large.path} (${formatKb(bare.large.htmlBytes)} of HTML) ` +
      `${bare.large.perSecond.toFixed(1)} req/s, static file ${bare.static.perSecond.toFixed(1)} req/s; ` +
      "design A = the app's static page + the bare app's extra time per prerendered page (an estimate: the app has no prerendered route)",
  );
}

export function printFirstLoad(pages: readonly FirstLoad[], bare: FirstLoad, goal: number): void {
  console.log(`\nfirst-load JavaScript, gzip (goal: within ${Math.round((goal - 1) * 100)}% of a bare Next.js page)`);
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

export function printLighthouse(app: AppMeasurements): void {
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
