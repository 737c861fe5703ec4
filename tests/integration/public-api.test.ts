import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { db } from "@/lib/db";
import { PUBLIC_API_LIMIT } from "@/lib/api/public/public-rate-limit";
import { publicCitySchema, publicCitySummarySchema, publicPublicationRefSchema, publicPublicationSchema } from "@/lib/server/public/public-dto";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { createPublicApiWorld, paramsOf, publicRequest, type PublicApiWorld } from "./public-api-world";

// Issue 10 §2 against a real database: the routes of /api/public/v1 as a client meets them.

const cities = await import("@/app/api/public/v1/cities/route");
const city = await import("@/app/api/public/v1/cities/[slug]/route");
const cityPublications = await import("@/app/api/public/v1/cities/[slug]/publications/route");
const publication = await import("@/app/api/public/v1/publications/[id]/route");
const bulletin = await import("@/app/api/public/v1/publications/[id]/bulletin/route");
const unknown = await import("@/app/api/public/v1/[[...path]]/route");

let w: PublicApiWorld;
beforeAll(async () => {
  w = await createPublicApiWorld();
});

const getCities = (query = "", address?: string) => cities.GET(publicRequest(`/api/public/v1/cities${query}`, { address }), paramsOf({}));
const getCity = (slug: string, address?: string) => city.GET(publicRequest(`/api/public/v1/cities/${slug}`, { address }), paramsOf({ slug }));
const getCityPublications = (slug: string, query = "") =>
  cityPublications.GET(publicRequest(`/api/public/v1/cities/${slug}/publications${query}`), paramsOf({ slug }));
const getPublication = (id: string, headers?: Record<string, string>) =>
  publication.GET(publicRequest(`/api/public/v1/publications/${id}`, { headers }), paramsOf({ id }));
const getBulletin = (id: string, query = "", address?: string) =>
  bulletin.GET(publicRequest(`/api/public/v1/publications/${id}/bulletin${query}`, { address }), paramsOf({ id }));

const storedBulletin = (publicationId: string, variant: "PUBLIC" | "OFFICIAL") =>
  db().publicationBulletin.findUniqueOrThrow({ where: { publicationId_variant: { publicationId, variant } } });

describe("GET /api/public/v1/cities", () => {
  it("lists public cities in the list envelope, each the public summary DTO, with its latest published score", async () => {
    const response = await getCities("?pageSize=500");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
    expect(body).toMatchObject({ page: 1, pageSize: 500 });
    const mine = body.items.find((item: { slug: string }) => item.slug === w.city.slug);
    expect(publicCitySummarySchema.parse(mine)).toMatchObject({ slug: w.city.slug, name: w.city.name, latest: { publicationId: w.second.id } });
    expect(body.items.map((item: { slug: string }) => item.slug)).not.toContain(w.hidden.city.slug);
  });

  it("pages like every list (page from 1, pageSize at most 500)", async () => {
    const first = await (await getCities("?pageSize=1")).json();
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThanOrEqual(1);
    const invalid = await getCities("?pageSize=501");
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).fieldErrors.pageSize).toBeDefined();
  });
});

describe("GET /api/public/v1/cities/{slug} and its publications", () => {
  it("answers the city's public DTO; an unknown or not nominated city is 404 in the envelope", async () => {
    const response = await getCity(w.city.slug);
    expect(response.status).toBe(200);
    const detail = publicCitySchema.parse(await response.json());
    expect(detail.rankings?.lists.map((list) => list.name)).toEqual(["综合红黑榜", "街道红黑榜", "整改红黑榜"]);
    for (const slug of [w.hidden.city.slug, "no-such-city"]) {
      const missing = await getCity(slug);
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("lists the city's publications with their ids, the superseded one marked with its correction", async () => {
    const body = await (await getCityPublications(w.city.slug)).json();
    expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
    const items = body.items.map((item: unknown) => publicPublicationRefSchema.parse(item));
    expect(items.map((item: { id: string }) => item.id).sort()).toEqual([w.superseded.id, w.correction.id, w.second.id, w.month.id].sort());
    expect(items.find((item: { id: string }) => item.id === w.superseded.id)).toMatchObject({ supersededBy: w.correction.id });
    expect(items.find((item: { id: string }) => item.id === w.correction.id)).toMatchObject({ supersedes: w.superseded.id, supersededBy: null });
    expect((await getCityPublications(w.hidden.city.slug)).status).toBe(404);
    const paged = await (await getCityPublications(w.city.slug, "?page=2&pageSize=3")).json();
    expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(paged.items).toHaveLength(1);
  });
});

describe("GET /api/public/v1/publications/{id}", () => {
  it("answers a public city's publication and its province's ranking as published", async () => {
    const round = publicPublicationSchema.parse(await (await getPublication(w.second.id)).json());
    expect(round).toMatchObject({ id: w.second.id, scope: "CITY", city: { slug: w.city.slug }, body: { type: "ROUND" } });
    const province = publicPublicationSchema.parse(await (await getPublication(w.province.id)).json());
    expect(province).toMatchObject({ scope: "PROVINCE", city: null, body: { type: "PROVINCE" } });
  });

  it("a publication of a city the public does not see, or no publication at all, is 404", async () => {
    for (const id of [w.hidden.round.id, w.hidden.province.id, w.unpublished.id, "nope"]) {
      const response = await getPublication(id);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
  });
});

describe("GET /api/public/v1/publications/{id}/bulletin", () => {
  it("serves the stored PUBLIC .docx byte for byte, never the official one", async () => {
    const response = await getBulletin(w.second.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="bulletin-\d+-\d+-public\.docx"; filename\*=UTF-8''.+/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(Buffer.from((await storedBulletin(w.second.id, "PUBLIC")).docx))).toBe(true);
    expect(bytes.equals(Buffer.from((await storedBulletin(w.second.id, "OFFICIAL")).docx))).toBe(false);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
  });

  it("?format=html is the stored public page, inline, under the bulletin's own CSP", async () => {
    const response = await getBulletin(w.second.id, "?format=html");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    expect(await response.text()).toBe((await storedBulletin(w.second.id, "PUBLIC")).html);
  });

  it("a superseded publication's bulletin stays downloadable, named as corrected", async () => {
    const response = await getBulletin(w.superseded.id);
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get("content-disposition")!)).toContain("（公开版）（已更正）.docx");
  });

  it("asking for the official variant is 422; a hidden or unknown publication is 404", async () => {
    const official = await getBulletin(w.second.id, "?variant=official");
    expect(official.status).toBe(422);
    expect((await official.json()).fieldErrors.variant).toEqual(["公开接口只提供通报的公开版（variant=public）"]);
    for (const id of [w.hidden.round.id, w.hidden.province.id, "nope"]) expect((await getBulletin(id)).status).toBe(404);
  });
});

describe("caching: ETag and Cache-Control", () => {
  it("a read carries a strong ETag and public Cache-Control; the same tag back is 304 with no body", async () => {
    const response = await getPublication(w.second.id);
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    const again = await getPublication(w.second.id, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await getPublication(w.month.id, { "if-none-match": etag })).status).toBe(200);
  });

  it("errors are never cached", async () => {
    expect((await getPublication("nope")).headers.get("cache-control")).toBe("no-store");
  });
});

describe("CORS", () => {
  it("every read is open to any origin, without credentials", async () => {
    for (const response of [
      await getCities(),
      await getCity(w.city.slug),
      await getPublication(w.second.id),
      await getBulletin(w.second.id),
      await getPublication("nope"),
    ]) {
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  it("every route answers a preflight for reads only", async () => {
    for (const route of [cities, city, cityPublications, publication, bulletin]) {
      const response = await route.OPTIONS();
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
      expect(response.headers.get("access-control-allow-headers")).toBe("If-None-Match");
    }
  });
});

describe("unknown paths", () => {
  it("are 404 JSON for every method; a read's 404 is readable cross-origin", async () => {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const response = await unknown[method](publicRequest("/api/public/v1/nothing/here", { method }), paramsOf({ path: ["nothing", "here"] }));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "接口不存在，请查阅 /api/v1/openapi.json。" } });
      expect(response.headers.get("access-control-allow-origin")).toBe(method === "GET" ? "*" : null);
    }
  });
});

describe("the rate limit", () => {
  it(`refuses the ${PUBLIC_API_LIMIT + 1}st request of a minute from one address, across routes, with 429 and Retry-After`, async () => {
    const address = uniqueClientAddress();
    for (let i = 0; i < PUBLIC_API_LIMIT / 2; i++) expect((await getCity(w.city.slug, address)).status).toBe(200);
    for (let i = 0; i < PUBLIC_API_LIMIT / 2; i++) expect((await getCities("", address)).status).toBe(200);
    const refused = await getBulletin(w.second.id, "", address);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ error: { code: "RATE_LIMITED", message: `请求过于频繁，请 ${seconds} 秒后再试。` } });
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect((await getCity(w.city.slug, uniqueClientAddress())).status).toBe(200);
  });
});

describe("only published data", () => {
  it("no response names the unpublished round, a liaison's phone or a leader's name", async () => {
    // The official bulletin does name the leader: the public one, and everything else here, must not.
    expect((await storedBulletin(w.second.id, "OFFICIAL")).html).toContain(w.secrets.leader);
    const bodies = await Promise.all(
      [
        getCities("?pageSize=500"),
        getCity(w.city.slug),
        getCityPublications(w.city.slug),
        ...[w.superseded, w.correction, w.second, w.month, w.province].flatMap(({ id }) => [getPublication(id), getBulletin(id, "?format=html")]),
      ].map(async (response) => (await response).text()),
    );
    for (const body of bodies) for (const secret of Object.values(w.secrets)) expect(body).not.toContain(secret);
  });
});

describe("the OpenAPI document", () => {
  const root = path.join(process.cwd(), "app/api/public/v1");
  const routeFiles = (fs.readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith("route.ts") && !file.includes("[[..."));

  it("describes every /api/public/v1 route and method, without credentials and with the rate limit's 429", () => {
    const document = buildOpenApiDocument();
    expect(routeFiles.length).toBeGreaterThanOrEqual(5);
    for (const file of routeFiles) {
      const apiPath = `/api/public/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
      const methods = [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE) /g)].map((m) => m[1].toLowerCase());
      expect(methods.length, file).toBeGreaterThan(0);
      for (const method of methods) {
        const operation = document.paths[apiPath]?.[method] as { security: unknown[]; responses: Record<string, unknown>; tags: string[] } | undefined;
        expect(operation, `${method} ${apiPath}`).toBeDefined();
        expect(operation!.security).toEqual([]);
        expect(operation!.responses["429"]).toBeDefined();
        expect(operation!.responses["401"]).toBeUndefined();
      }
    }
  });

  it("puts the open data routes under their own tag, with their DTOs, paging only on lists and 304 on cacheable reads", () => {
    const document = buildOpenApiDocument();
    const cityList = document.paths["/api/public/v1/cities"].get as {
      tags: string[];
      parameters: { name: string }[];
      responses: Record<string, { content?: Record<string, { schema: { properties: Record<string, unknown> } }> }>;
    };
    expect(cityList.tags).toEqual(["公开数据 Open data"]);
    expect(cityList.parameters.map((p) => p.name)).toEqual(["page", "pageSize"]);
    expect(Object.keys(cityList.responses["200"].content!["application/json"].schema.properties).sort()).toEqual(["items", "page", "pageSize", "total"]);
    expect(cityList.responses["304"]).toBeDefined();
    const detail = document.paths["/api/public/v1/cities/{slug}"].get as { parameters: { name: string }[] };
    expect(detail.parameters.map((p) => p.name)).toEqual(["slug"]);
    const status = document.paths["/api/public/v1/reports/{code}"].get as { responses: Record<string, unknown> };
    expect(status.responses["304"]).toBeUndefined();
    expect(document.tags.map((tag: { name: string }) => tag.name)).toContain("公开数据 Open data");
  });
});
