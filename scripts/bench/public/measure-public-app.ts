import { freePort } from "../free-port";
import { serveForBench } from "../serve-for-bench";
import { measureThroughput, type LoadSpec, type Throughput } from "../throughput";
import { LARGE_PATH, serveBareNext, STATIC_PAGE } from "./bare-next";
import { runLighthouse, type LighthouseResult } from "./lighthouse-run";
import { measureFirstLoadJs } from "./page-scripts";
import { createQueryCounter, type QueryCounter } from "./query-count";

// The measurements of the public bench, anonymous as a visitor: the production app on a fresh demo
// database with a query counter, then the bare Next.js app. run-public-bench.ts prints them.

export const LOAD: LoadSpec = { concurrency: 8, seconds: 10, maxRequests: 5_000, warmup: 20 };
// The demo seed's first city.
export const DEMO_CITY = "jiayuguan";
export const APP_STATIC = `/cities/${STATIC_PAGE}`;
export const PUBLIC_PAGES = ["/", `/cities/${DEMO_CITY}`];
const ANONYMOUS = { cookie: "" };

/** A throughput row and the SQL statements the app ran during it (its warm-up visits included). */
export type CountedThroughput = Throughput & { visits: number; queries: number };
export type FirstLoad = Awaited<ReturnType<typeof measureFirstLoadJs>> & { path: string };

export type AppMeasurements = {
  startSeconds: number;
  firstVisitQueries: { path: string; queries: number }[];
  /** The static page before the public pages, the pages, the static page again. */
  throughput: CountedThroughput[];
  firstLoad: FirstLoad[];
  lighthouse: LighthouseResult[] | null;
  lighthouseSeconds: number | null;
};

export type BareMeasurements = { firstLoad: FirstLoad; prerendered: Throughput; large: Throughput & { htmlBytes: number }; static: Throughput };

async function counted(baseUrl: string, path: string, counter: QueryCounter): Promise<CountedThroughput> {
  const before = await counter.read();
  const row = await measureThroughput(baseUrl, ANONYMOUS, path, LOAD);
  const queries = (await counter.read()) - before;
  return { ...row, visits: row.requests + LOAD.warmup, queries };
}

export async function measurePublicApp(options: { lighthouse: boolean }): Promise<AppMeasurements> {
  const counter = createQueryCounter();
  const started = performance.now();
  const server = await serveForBench(await freePort(), { env: counter.env });
  try {
    const startSeconds = (performance.now() - started) / 1000;
    console.log(`started the app on a fresh demo database in ${startSeconds.toFixed(0)} s`);
    const firstVisitQueries = [];
    for (const path of PUBLIC_PAGES) {
      const before = await counter.read();
      const response = await fetch(new URL(path, server.baseUrl));
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      firstVisitQueries.push({ path, queries: (await counter.read()) - before });
    }
    const throughput = [await counted(server.baseUrl, APP_STATIC, counter)];
    for (const path of PUBLIC_PAGES) throughput.push(await counted(server.baseUrl, path, counter));
    throughput.push(await counted(server.baseUrl, APP_STATIC, counter));
    const firstLoad = [];
    for (const path of PUBLIC_PAGES) firstLoad.push({ path, ...(await measureFirstLoadJs(server.baseUrl, path)) });
    let lighthouse = null;
    let lighthouseSeconds = null;
    if (options.lighthouse) {
      const at = performance.now();
      lighthouse = await runLighthouse(server.baseUrl, PUBLIC_PAGES);
      lighthouseSeconds = (performance.now() - at) / 1000;
    }
    return { startSeconds, firstVisitQueries, throughput, firstLoad, lighthouse, lighthouseSeconds };
  } finally {
    await server.stop();
    counter.dispose();
  }
}

export async function measureBareNext(): Promise<BareMeasurements> {
  const server = await serveBareNext(await freePort());
  try {
    const firstLoad = { path: "/", ...(await measureFirstLoadJs(server.baseUrl, "/")) };
    const htmlBytes = (await (await fetch(new URL(LARGE_PATH, server.baseUrl))).arrayBuffer()).byteLength;
    const prerendered = await measureThroughput(server.baseUrl, ANONYMOUS, "/", LOAD);
    const large = { ...(await measureThroughput(server.baseUrl, ANONYMOUS, LARGE_PATH, LOAD)), htmlBytes };
    const staticPage = await measureThroughput(server.baseUrl, ANONYMOUS, `/${STATIC_PAGE}`, LOAD);
    return { firstLoad, prerendered, large, static: staticPage };
  } finally {
    await server.stop();
  }
}
