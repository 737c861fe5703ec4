import { ensureBuild } from "../../build";
import { freePort } from "../free-port";
import type { Timing } from "../results-file";
import { serveForBench } from "../serve-for-bench";
import { signIn } from "../sign-in";
import { measureThroughput, type LoadSpec } from "../throughput";

// One client at a time: the latency of each request on an otherwise idle app (the load generator shares a small machine).
const LOAD: LoadSpec = { concurrency: 1, seconds: 15, maxRequests: 200, warmup: 3 };
const SECTION = "pages (supervisor, production app)";

export type ScalePagesTarget = { databaseUrl: string; supervisor: { email: string; password: string }; publicationId: string; citySlug: string | null };

/**
 * The department ranking page (/publications/{id}) and the supervisor console (/province, a city's drill-down)
 * through the production app started on the scale database, signed in as the scale supervisor, with the API's
 * read of the same publication and /api/v1/me as the baseline: p50/p99 over repeated requests.
 */
export async function benchScalePages(target: ScalePagesTarget): Promise<{ timings: Timing[]; notes: string[] }> {
  ensureBuild();
  const started = performance.now();
  const server = await serveForBench(await freePort(), { databaseUrl: target.databaseUrl });
  const notes = [`started the app on the scale database in ${((performance.now() - started) / 1000).toFixed(0)} s`];
  try {
    const session = await signIn(server.baseUrl, target.supervisor.email, target.supervisor.password);
    const paths = [
      "/api/v1/me",
      `/api/v1/publications/${target.publicationId}`,
      `/publications/${target.publicationId}`,
      "/province",
      ...(target.citySlug ? [`/province/cities/${target.citySlug}`] : []),
    ];
    const timings: Timing[] = [];
    for (const path of paths) {
      const row = await measureThroughput(server.baseUrl, session, path, LOAD);
      const { runs, p50, p99, min, max, mean } = row;
      const failed = row.failures ? `, ${row.failures} not 200` : "";
      timings.push({ section: SECTION, name: `GET ${path}`, note: `${row.perSecond.toFixed(1)} req/s${failed}`, runs, p50, p99, min, max, mean });
      if (row.failures) notes.push(`GET ${path}: ${row.failures} of ${row.requests} answers were not 200`);
    }
    return { timings, notes };
  } finally {
    await server.stop();
  }
}
