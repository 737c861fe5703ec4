import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

// public/inspect-sw.js run against an in-memory Cache Storage and a scripted network, since the
// unit tier has no browser: what it keeps, what it serves offline, what it leaves alone.

const ORIGIN = "https://chuangwen.test";
const source = fs.readFileSync(path.resolve(import.meta.dirname, "../../public/inspect-sw.js"), "utf8");

type RequestLike = { url: string; method: string; mode: string; headers: Headers };
type MatchOptions = { ignoreSearch?: boolean; ignoreVary?: boolean };
const urlOf = (request: RequestLike | string) => new URL(typeof request === "string" ? request : request.url, ORIGIN);

class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(request: RequestLike | string, options: MatchOptions = {}) {
    const url = urlOf(request);
    for (const [key, response] of this.entries) {
      const stored = new URL(key);
      if (stored.href === url.href || (options.ignoreSearch && stored.origin + stored.pathname === url.origin + url.pathname)) return response.clone();
    }
    return undefined;
  }
  async put(request: RequestLike | string, response: Response) {
    this.entries.set(urlOf(request).href, response);
  }
}

class FakeCacheStorage {
  readonly stores = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async keys() {
    return [...this.stores.keys()];
  }
}

/** A same-origin 200 as the browser's fetch gives it (type "basic"). */
function page(body: string, headers: Record<string, string> = {}, extra: { redirected?: boolean } = {}): Response {
  const response = new Response(body, { status: 200, headers });
  Object.defineProperty(response, "type", { value: "basic" });
  Object.defineProperty(response, "redirected", { value: extra.redirected ?? false });
  return response;
}

type Handler = (event: unknown) => void;
let handlers: Map<string, Handler>;
let caches: FakeCacheStorage;
let network: (url: string) => Promise<Response>;
let fetched: string[];

function loadWorker() {
  handlers = new Map();
  caches = new FakeCacheStorage();
  fetched = [];
  const self = {
    location: new URL(`${ORIGIN}/inspect-sw.js`),
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    skipWaiting: () => Promise.resolve(),
    clients: { claim: () => Promise.resolve() },
  };
  const fetchImpl = (request: RequestLike | string) => {
    const url = urlOf(request).href;
    fetched.push(url);
    return network(url);
  };
  new Function("self", "caches", "fetch", source)(self, caches, fetchImpl);
}

/** Dispatches a fetch event; undefined when the worker leaves the request to the network. */
async function request(pathAndQuery: string, init: { method?: string; mode?: string } = {}): Promise<Response | undefined> {
  const req: RequestLike = { url: `${ORIGIN}${pathAndQuery}`, method: init.method ?? "GET", mode: init.mode ?? "cors", headers: new Headers() };
  let answer: Promise<Response> | undefined;
  handlers.get("fetch")!({ request: req, respondWith: (promise: Promise<Response>) => (answer = promise) });
  return answer;
}

const navigate = (pathAndQuery: string) => request(pathAndQuery, { mode: "navigate" });
const offline = () => Promise.reject(new TypeError("Failed to fetch"));

beforeEach(() => {
  network = async () => page("ok");
  loadWorker();
});

describe("the inspect service worker", () => {
  it("serves a visited /inspect page offline whole, its CSP (and so its scripts' nonce) with it", async () => {
    network = async () => page("<html>nonce-A</html>", { "Content-Security-Policy": "script-src 'nonce-A'" });
    expect(await (await navigate("/inspect"))!.text()).toBe("<html>nonce-A</html>");

    network = offline;
    const served = (await navigate("/inspect"))!;
    expect(await served.text()).toBe("<html>nonce-A</html>");
    expect(served.headers.get("Content-Security-Policy")).toBe("script-src 'nonce-A'");
  });

  it("serves the one kept screen for any round and site address when offline", async () => {
    network = async () => page("<html>screen</html>");
    await navigate("/inspect");
    network = offline;
    expect(await (await navigate("/inspect?round=r1&site=s1"))!.text()).toBe("<html>screen</html>");
  });

  it("answers an honest offline page when nothing was kept, and never keeps a redirect to sign-in", async () => {
    network = async () => page("<html>login</html>", {}, { redirected: true });
    await navigate("/inspect");
    network = offline;
    const answer = (await navigate("/inspect"))!;
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain("当前离线");
  });

  it("keeps rounds and checklists network-first and answers the last copy offline", async () => {
    const url = "/api/v1/rounds/r1/checklist?site=s1&pageSize=500";
    const json = { "Content-Type": "application/json" };
    network = async () => page('{"items":[1]}', json);
    expect(await (await request(url))!.text()).toBe('{"items":[1]}');
    network = async () => page('{"items":[2]}', json);
    expect(await (await request(url))!.text()).toBe('{"items":[2]}');
    // A captive portal's page passes through but is never kept.
    network = async () => page("<html>请登录 Wi-Fi</html>", { "Content-Type": "text/html" });
    expect(await (await request(url))!.text()).toContain("Wi-Fi");
    network = offline;
    expect(await (await request(url))!.text()).toBe('{"items":[2]}');
    // Never read while online: the page's own fetch fails and the screen says so.
    await expect(request("/api/v1/rounds/r1/checklist?site=other")).rejects.toThrow("Failed to fetch");
  });

  it("keeps /_next/static files cache-first", async () => {
    network = async () => page("chunk");
    await request("/_next/static/chunks/app.js");
    await request("/_next/static/chunks/app.js");
    expect(fetched.filter((url) => url.endsWith("app.js"))).toHaveLength(1);
  });

  it("leaves check posts, other API reads and other pages to the network", async () => {
    expect(await request("/api/v1/rounds/r1/checks", { method: "POST" })).toBeUndefined();
    expect(await request("/api/v1/findings")).toBeUndefined();
    expect(await navigate("/dashboard")).toBeUndefined();
    expect(await request("https://elsewhere.test/api/v1/rounds")).toBeUndefined();
  });

  it("warms the files the first visit loaded, and forgets everything when another account signs in", async () => {
    const warm = async (userId: string, urls: string[]) => {
      let done: Promise<unknown> = Promise.resolve();
      handlers.get("message")!({ data: { type: "WARM", userId, urls }, waitUntil: (promise: Promise<unknown>) => (done = promise) });
      await done;
    };
    network = async (url) => page(`copy of ${url}`);
    await warm("u1", ["/inspect", "/_next/static/chunks/a.js", "/api/v1/users", "https://elsewhere.test/_next/static/x.js"]);
    const shell = await caches.open("inspect-shell-v1");
    expect([...shell.entries.keys()].sort()).toEqual([`${ORIGIN}/_next/static/chunks/a.js`, `${ORIGIN}/inspect`]);
    network = async () => page("[]", { "Content-Type": "application/json" });
    await request("/api/v1/rounds?status=IN_PROGRESS");
    expect((await caches.open("inspect-data-v1")).entries.has(`${ORIGIN}/api/v1/rounds?status=IN_PROGRESS`)).toBe(true);

    await warm("u2", []);
    expect((await caches.open("inspect-data-v1")).entries.has(`${ORIGIN}/api/v1/rounds?status=IN_PROGRESS`)).toBe(false);
    expect((await caches.open("inspect-shell-v1")).entries.size).toBe(0);
  });

  it("forgets every kept page and answer when the inspector signs out", async () => {
    network = async () => page("kept", { "Content-Type": "application/json" });
    await navigate("/inspect");
    await request("/api/v1/rounds?status=IN_PROGRESS");
    let done: Promise<unknown> = Promise.resolve();
    handlers.get("message")!({ data: { type: "FORGET" }, waitUntil: (promise: Promise<unknown>) => (done = promise) });
    await done;
    network = offline;
    expect((await navigate("/inspect"))!.status).toBe(503);
    await expect(request("/api/v1/rounds?status=IN_PROGRESS")).rejects.toThrow();
  });
});
