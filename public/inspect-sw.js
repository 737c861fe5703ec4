// The inspector's offline screen (issue 8 §3). Scope /inspect only; registered by app/inspect/layout.tsx.
//
// - Pages under /inspect: network first; a copy of each visited page is kept and served when the
//   network is gone. The whole Response is kept, headers included, so the page's CSP and the
//   nonce on its inline scripts stay a matching pair.
// - /_next/static: cache first (file names carry their content hash).
// - GET /api/v1/rounds…: network first, the last answer when offline (rounds, sites, checklists).
// - Everything else (check posts above all) goes to the network untouched: the page's own queue
//   in IndexedDB keeps what could not be sent.

const VERSION = "v1";
const SHELL_CACHE = `inspect-shell-${VERSION}`;
const DATA_CACHE = `inspect-data-${VERSION}`;
const OWNER_KEY = "/inspect/__owner";
const NETWORK_TIMEOUT_MS = 6000;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL_CACHE, DATA_CACHE]);
      for (const name of await caches.keys()) if (name.startsWith("inspect-") && !keep.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

const isSameOrigin = (url) => url.origin === self.location.origin;
const isInspectPage = (url) => url.pathname === "/inspect" || url.pathname.startsWith("/inspect/");
const isStaticAsset = (url) => url.pathname.startsWith("/_next/static/");
const isInspectData = (url) => url.pathname === "/api/v1/rounds" || url.pathname.startsWith("/api/v1/rounds/");

/** A response worth keeping: a real 200 of this origin, not a redirect to the sign-in page. */
const isKeepable = (response) => response && response.ok && response.type === "basic" && !response.redirected;

function withTimeout(promise, ms, hasFallback) {
  if (!hasFallback) return promise;
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}

// A captive portal's page can come back as a 200 of this origin: only JSON is an answer worth keeping.
const isJson = (response) => (response.headers.get("Content-Type") ?? "").includes("application/json");

async function networkFirst(request, cacheName, fallbacks, isWorthKeeping = () => true) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request, { ignoreVary: true });
  try {
    // A weak signal can hang a request for long: with a copy at hand, wait a few seconds only.
    const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS, Boolean(cached));
    if (isKeepable(response) && isWorthKeeping(response)) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    if (cached) return cached;
    for (const fallback of fallbacks) {
      const match = await cache.match(fallback.request ?? request, { ignoreVary: true, ignoreSearch: fallback.ignoreSearch ?? false });
      if (match) return match;
    }
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (isKeepable(response)) await cache.put(request, response.clone());
  return response;
}

function offlinePage() {
  return new Response("<!doctype html><meta charset=utf-8><title>离线</title><p>当前离线，且此页面尚未缓存。请联网后重新打开。</p>", {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "default-src 'none'" },
  });
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (!isSameOrigin(url)) return;

  if (request.mode === "navigate" && isInspectPage(url)) {
    // Any /inspect page falls back to the same screen: the screen reads round and site from its address.
    const fallbacks = [{ ignoreSearch: true }, { request: new URL("/inspect", self.location.origin).href, ignoreSearch: true }];
    event.respondWith(networkFirst(request, SHELL_CACHE, fallbacks).catch(offlinePage));
  } else if (isStaticAsset(url)) {
    event.respondWith(cacheFirst(request));
  } else if (isInspectData(url)) {
    event.respondWith(networkFirst(request, DATA_CACHE, [], isJson));
  }
});

// The page tells the worker who is signed in and which files it loaded before the worker was
// in control (the first visit), so the shell is complete for the next reload in a dead zone.
self.addEventListener("message", (event) => {
  const message = event.data;
  if (message?.type === "WARM") event.waitUntil(warm(message));
  // Signing out on the phone leaves no rounds or pages of the account behind.
  if (message?.type === "FORGET") event.waitUntil(Promise.all([caches.delete(DATA_CACHE), caches.delete(SHELL_CACHE)]));
});

async function warm({ userId, urls }) {
  const data = await caches.open(DATA_CACHE);
  const owner = await data.match(OWNER_KEY);
  // Another account on this phone must never be shown the previous one's rounds.
  if (owner && (await owner.text()) !== userId) {
    await caches.delete(DATA_CACHE);
    await caches.delete(SHELL_CACHE);
  }
  await (await caches.open(DATA_CACHE)).put(OWNER_KEY, new Response(String(userId)));
  const shell = await caches.open(SHELL_CACHE);
  for (const href of Array.isArray(urls) ? urls.slice(0, 200) : []) {
    const url = new URL(href, self.location.origin);
    if (!isSameOrigin(url) || !(isStaticAsset(url) || isInspectPage(url))) continue;
    if (await shell.match(url.href, { ignoreVary: true })) continue;
    try {
      const response = await fetch(url.href, { credentials: "same-origin" });
      if (isKeepable(response)) await shell.put(url.href, response);
    } catch {
      // Offline already: the next visit warms it.
    }
  }
}
