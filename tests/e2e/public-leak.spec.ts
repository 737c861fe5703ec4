import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import JSZip from "jszip";
import { storageStatePath } from "./accounts";
import { json, readPrivateValues, secrets, type Items } from "./leak-private-values";

// Issue 10 §4, the leak crawl against the demo seed: the office reads through /api/v1 what only it
// may see (leak-private-values.ts) — staff e-mails, a correction's reason, leaders, liaisons,
// responsible persons, a review comment, the unpublished latest week (name, id, a check's note, its
// findings), a waiting report's description, address and contact, internal ids — then a visitor,
// signed out, reads every public page and every public API route, and none of those values may appear.
// The public API counts requests per address (120 a minute, every spec of this run shares it):
// the crawl paces itself and waits out a 429.

const REQUIRED = [
  "email",
  "correction reason",
  "leader",
  "responsible person",
  "review comment",
  "unpublished round name",
  "check note of the unpublished round",
  "report contact",
];
const PUBLIC_API = path.resolve("app/api/public/v1");

/** Every text a response shows: headers, body, and a .docx's parts with and without their tags. */
async function textsOf(response: APIResponse): Promise<string[]> {
  const body = await response.body();
  const texts = [
    Object.entries(response.headers())
      .map(([name, value]) => `${name}: ${value}`)
      .join("\n"),
    body.toString("utf8"),
  ];
  if (body.subarray(0, 2).toString("latin1") === "PK") {
    const zip = await JSZip.loadAsync(body);
    for (const entry of Object.values(zip.files)) {
      const text = await entry.async("string");
      texts.push(text, text.replace(/<[^>]+>/g, ""));
    }
  }
  if ((response.headers()["content-type"] ?? "").includes("json")) texts.push(JSON.stringify(await response.json()));
  return texts;
}

test("signed out, no public page or public API route shows what the office reads through /api/v1", async ({ browser }) => {
  test.setTimeout(420_000);
  const office = await browser.newContext({ storageState: storageStatePath("office") });
  const { receivedCode, rectifiedCode } = await readPrivateValues(office.request);
  await office.close();
  const kinds = new Set([...secrets.keys()].map((key) => key.split(": ")[0]));
  for (const kind of REQUIRED) expect(kinds, `the office read a ${kind}`).toContain(kind);

  const visitor = await browser.newContext();
  const http = visitor.request;
  expect(await (await http.get("/api/v1/me")).status()).toBe(401);
  const seen: { url: string; status: number; texts: string[] }[] = [];
  let lastApiCall = 0;
  async function fetch(url: string): Promise<APIResponse> {
    for (;;) {
      if (url.startsWith("/api/public/")) {
        // about one a second: the other specs of the run share the address's 120 a minute
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastApiCall + 900 - Date.now())));
        lastApiCall = Date.now();
      }
      const response = await http.get(url, { maxRedirects: 0 });
      if (response.status() === 429) {
        await new Promise((resolve) => setTimeout(resolve, Number(response.headers()["retry-after"] ?? "5") * 1000));
        continue;
      }
      seen.push({ url, status: response.status(), texts: await textsOf(response) });
      return response;
    }
  }

  // The open data API, every list followed to its end: slugs and publication ids.
  const slugs: string[] = [];
  const publicationIds = new Set<string>();
  const cityPages = new Set<string>();
  for (let page = 1; ; page += 1) {
    const list = await json<Items<{ slug: string }> & { pageSize: number }>(await fetch(`/api/public/v1/cities?page=${page}&pageSize=100`));
    slugs.push(...list.items.map((item) => item.slug));
    if (page * list.pageSize >= list.total) break;
  }
  expect(slugs).toContain("jiayuguan");
  for (const slug of slugs) {
    await fetch(`/api/public/v1/cities/${slug}`);
    for (let page = 1; ; page += 1) {
      const list = await json<Items<{ id: string }> & { pageSize: number }>(
        await fetch(`/api/public/v1/cities/${slug}/publications?page=${page}&pageSize=500`),
      );
      for (const { id } of list.items) {
        publicationIds.add(id);
        cityPages.add(`/cities/${slug}/publications/${id}`);
      }
      if (page * list.pageSize >= list.total) break;
    }
  }

  // The pages: home (its province rankings link their publications), each city, each publication, the report pages.
  const home = await fetch("/");
  expect(home.status()).toBe(200);
  for (const [, href, id] of (await home.text()).matchAll(/href="(\/cities\/[\w-]+\/publications\/(\w+))"/g)) {
    cityPages.add(href);
    publicationIds.add(id);
  }
  for (const slug of slugs) expect((await fetch(`/cities/${slug}`)).status()).toBe(200);
  for (const href of cityPages) expect((await fetch(href)).status(), href).toBe(200);
  expect((await fetch("/report")).status()).toBe(200);
  expect((await fetch("/report?city=jiayuguan")).status()).toBe(200);
  expect((await fetch(`/report/${receivedCode}`)).status()).toBe(200);

  // The rest of the open data API.
  expect(publicationIds.size).toBeGreaterThan(3);
  for (const id of publicationIds) {
    expect((await fetch(`/api/public/v1/publications/${id}`)).status()).toBe(200);
    expect((await fetch(`/api/public/v1/publications/${id}/bulletin`)).status()).toBe(200);
    expect((await fetch(`/api/public/v1/publications/${id}/bulletin?format=html`)).status()).toBe(200);
  }
  expect((await fetch("/api/public/v1/reports/challenge")).status()).toBe(200);
  expect((await fetch(`/api/public/v1/reports/${receivedCode}`)).status()).toBe(200);
  if (rectifiedCode) {
    expect((await fetch(`/api/public/v1/reports/${rectifiedCode}`)).status()).toBe(200);
    await fetch(`/api/public/v1/reports/${rectifiedCode}/after-photo`);
  }
  await fetch("/api/public/v1/no-such/route");

  // Every GET route of the open data API was read (a new route makes this fail until it is crawled too).
  const routeFiles = (fs.readdirSync(PUBLIC_API, { recursive: true }) as string[]).filter((file) => path.basename(file) === "route.ts");
  for (const file of routeFiles) {
    if (!/export const GET\b/.test(fs.readFileSync(path.join(PUBLIC_API, file), "utf8"))) continue;
    const pattern = new RegExp(
      `^/api/public/v1/${path
        .dirname(file)
        .split(path.sep)
        .join("/")
        .replace(/\[\[\.\.\.\w+\]\]/, ".+")
        .replace(/\[\w+\]/g, "[^/?]+")}(\\?|$)`,
    );
    expect(
      seen.some((item) => pattern.test(item.url)),
      `GET ${file}`,
    ).toBe(true);
  }

  // The search reads what it should: a department's name (public) is found in the pages, the JSON and an unzipped bulletin.
  const shows = (pattern: RegExp, value: string) => seen.some((item) => pattern.test(item.url) && item.texts.some((text) => text.includes(value)));
  expect(shows(/^\/cities\/jiayuguan$/, "市城管局")).toBe(true);
  expect(shows(/^\/api\/public\/v1\/publications\/\w+$/, "市城管局")).toBe(true);
  expect(shows(/\/bulletin$/, "市城管局")).toBe(true);
  test.info().annotations.push({ type: "crawl", description: `${seen.length} answers searched for ${secrets.size} private values` });

  const leaks = seen.flatMap(({ url, texts }) =>
    [...secrets].filter(([, value]) => texts.some((text) => text.includes(value))).map(([what]) => `${what} in ${url}`),
  );
  expect(leaks).toEqual([]);
  await visitor.close();
});
