import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { NextRequest } from "next/server";
import { sealClientAddress } from "@/lib/auth/client-address-seal";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { uniqueClientAddress } from "@/tests/factories/client-address";

// A crawler of /api/public/v1 through its route handlers: the route files are read from the folder
// (a new route is crawled without a change here), their parameters filled from what earlier
// answers revealed (slugs, publication ids) and the report codes a reporter holds. A parameter it
// cannot fill fails the crawl, so nothing is skipped in silence.

export const PUBLIC_API_ROOT = path.join(process.cwd(), "app/api/public/v1");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Method = (typeof METHODS)[number];
type Handler = (request: NextRequest, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

export type PublicRoute = { file: string; template: string; params: string[]; handlers: Partial<Record<Method, Handler>> };

export type Crawled = { route: string; method: Method; url: string; status: number; headers: string; texts: string[]; contentType: string };

/** Every route file under app/api/public/v1 with its exported method handlers. */
export async function discoverPublicRoutes(): Promise<PublicRoute[]> {
  const files = (fs.readdirSync(PUBLIC_API_ROOT, { recursive: true }) as string[]).filter((file) => path.basename(file) === "route.ts").sort();
  const routes: PublicRoute[] = [];
  for (const file of files) {
    const exports = (await import(path.join(PUBLIC_API_ROOT, file))) as Record<string, unknown>;
    const handlers = Object.fromEntries(METHODS.filter((method) => typeof exports[method] === "function").map((method) => [method, exports[method]]));
    const template = path.dirname(file) === "." ? "" : path.dirname(file).split(path.sep).join("/");
    const params = [...template.matchAll(/\[+(?:\.\.\.)?(\w+)\]+/g)].map((match) => match[1]);
    routes.push({ file, template, params, handlers });
  }
  return routes;
}

export type CrawlSeeds = {
  /** Report codes the reporter holds (the public cannot list them). */
  codes: string[];
  /** Publication ids the pages link to that no API answer lists (the home page's province rankings). */
  publicationIds?: string[];
  /** A body for each write, by route template; a route without one is sent `{}`. */
  bodies?: Record<string, (fill: Record<string, string>) => { body: BodyInit; contentType?: string }>;
  /** Extra query strings a route is read with, by template (every GET is read without one too). */
  queries?: Record<string, string[]>;
  /** Only these methods (the snapshot comparison reads only). */
  methods?: readonly Method[];
};

const fillers: Record<string, (found: Found, seeds: CrawlSeeds) => string[][] | string[]> = {
  slug: (found) => [...found.slugs],
  id: (found, seeds) => [...new Set([...(seeds.publicationIds ?? []), ...found.publicationIds])],
  code: (found, seeds) => [...new Set([...seeds.codes, ...found.codes])],
  path: () => [["no-such", "route"]],
};

type Found = { slugs: Set<string>; publicationIds: Set<string>; codes: Set<string> };

function collect(value: unknown, found: Found, key = ""): void {
  if (Array.isArray(value)) for (const item of value) collect(item, found, key);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, found, k);
  else if (typeof value === "string") {
    if (key === "slug") found.slugs.add(value);
    if (["publicationId", "publicationIds", "supersededBy", "supersedes"].includes(key)) found.publicationIds.add(value);
    if (key === "code" && /^SP-/.test(value)) found.codes.add(value);
  }
}

function combinations(route: PublicRoute, found: Found, seeds: CrawlSeeds): Record<string, string | string[]>[] {
  let combos: Record<string, string | string[]>[] = [{}];
  for (const param of route.params) {
    const fill = fillers[param];
    if (!fill) throw new Error(`the crawl cannot fill [${param}] of ${route.file}: teach public-crawl.ts where its values come from`);
    combos = combos.flatMap((combo) => fill(found, seeds).map((value) => ({ ...combo, [param]: value })));
  }
  return combos;
}

const urlOf = (template: string, params: Record<string, string | string[]>) =>
  `/api/public/v1/${template.replace(/\[+(?:\.\.\.)?(\w+)\]+/g, (_, name: string) => [params[name]].flat().join("/"))}`.replace(/\/$/, "");

/** Every text a response shows: its headers, its body, a .docx's parts (and their text without tags), JSON unescaped. */
async function textsOf(response: Response): Promise<{ texts: string[]; json: unknown }> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const texts = [bytes.toString("utf8"), bytes.toString("latin1")];
  const type = response.headers.get("content-type") ?? "";
  let json: unknown = null;
  if (type.includes("json") && bytes.length) {
    json = JSON.parse(bytes.toString("utf8"));
    texts.push(JSON.stringify(json));
  }
  if (bytes.subarray(0, 2).toString("latin1") === "PK") {
    const zip = await JSZip.loadAsync(bytes);
    for (const entry of Object.values(zip.files)) {
      const text = await entry.async("string");
      texts.push(entry.name, text, text.replace(/<[^>]+>/g, ""));
    }
  }
  return { texts, json };
}

/** Requests every route and method until no answer reveals anything new; returns every answer. */
export async function crawlPublicApi(routes: PublicRoute[], seeds: CrawlSeeds): Promise<Crawled[]> {
  const found: Found = { slugs: new Set(), publicationIds: new Set(), codes: new Set() };
  const done = new Set<string>();
  const crawled: Crawled[] = [];
  const methods = seeds.methods ?? METHODS;
  for (let pass = 0; pass < 10; pass += 1) {
    const before = done.size;
    for (const route of routes) {
      for (const method of methods) {
        const handler = route.handlers[method];
        if (!handler) continue;
        for (const params of combinations(route, found, seeds)) {
          const queries = method === "GET" ? ["", ...(seeds.queries?.[route.template] ?? [])] : [""];
          for (const query of queries) {
            const url = urlOf(route.template, params) + query;
            const key = `${method} ${url}`;
            if (done.has(key)) continue;
            done.add(key);
            const write = method === "POST" || method === "PUT" || method === "PATCH" || method === "DELETE";
            const made = write ? (seeds.bodies?.[route.template]?.(params as Record<string, string>) ?? { body: "{}", contentType: "application/json" }) : null;
            const headers: Record<string, string> = { [CLIENT_ADDRESS_HEADER]: sealClientAddress(uniqueClientAddress()) };
            if (made?.contentType) headers["content-type"] = made.contentType;
            const request = new NextRequest(`http://localhost${url}`, { method, headers, body: made?.body });
            const response = await handler(request, { params: Promise.resolve(params) });
            const headerText = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
            const { texts, json } = await textsOf(response);
            collect(json, found);
            crawled.push({
              route: route.file,
              method,
              url,
              status: response.status,
              headers: headerText,
              texts,
              contentType: response.headers.get("content-type") ?? "",
            });
          }
        }
      }
    }
    if (done.size === before) return crawled;
  }
  throw new Error("the crawl did not settle in 10 passes");
}

/** Each planted value found in a text, as `what in where`. */
export function leaksIn(items: { where: string; texts: string[] }[], planted: Record<string, string>): string[] {
  const leaks: string[] = [];
  for (const { where, texts } of items) {
    for (const [what, value] of Object.entries(planted)) if (texts.some((text) => text.includes(value))) leaks.push(`${what} in ${where}`);
  }
  return leaks;
}
