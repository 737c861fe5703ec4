import http from "node:http";
import type { Session } from "./sign-in";
import { summarize, type Summary } from "./stats";

export type Throughput = Summary & { path: string; requests: number; failures: number; seconds: number; perSecond: number };

export type LoadSpec = { concurrency: number; seconds: number; maxRequests: number; warmup: number };

// node:http with kept-alive sockets: the load generator shares the machine with the app, so it
// should cost as little as it can (fetch costs several times more per request).
function getStatus(agent: http.Agent, url: URL, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie, "sec-fetch-site": "same-origin" } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/**
 * A closed loop of `concurrency` signed-in clients, each sending the next GET as soon as the last
 * one answered, until `seconds` pass or `maxRequests` are sent (bounded either way). Anything but
 * 200 counts as a failure: a redirect to /login means the session did not hold.
 */
export async function measureThroughput(baseUrl: string, session: Session, path: string, spec: LoadSpec): Promise<Throughput> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const url = new URL(path, baseUrl);
  const get = async () => (await getStatus(agent, url, session.cookie)) === 200;
  try {
    for (let i = 0; i < spec.warmup; i += 1) await get();
    const latencies: number[] = [];
    let sent = 0;
    let failures = 0;
    const started = performance.now();
    const until = started + spec.seconds * 1000;
    const client = async () => {
      while (sent < spec.maxRequests && performance.now() < until) {
        sent += 1;
        const at = performance.now();
        const ok = await get().catch(() => false);
        latencies.push(performance.now() - at);
        if (!ok) failures += 1;
      }
    };
    await Promise.all(Array.from({ length: spec.concurrency }, client));
    const seconds = (performance.now() - started) / 1000;
    return { ...summarize(latencies), path, requests: latencies.length, failures, seconds, perSecond: latencies.length / seconds };
  } finally {
    agent.destroy();
  }
}
