import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReportFormOptions } from "@/lib/server/citizen-reports/get-report-form-options";
import { getReportStatus } from "@/lib/server/citizen-reports/get-report-status";
import { getPublicCity } from "@/lib/server/public/get-public-city";
import { getPublicPublication } from "@/lib/server/public/get-public-publication";
import { listPublicCities, listPublicProvinces } from "@/lib/server/public/list-public-cities";
import { listPublicCityPublications } from "@/lib/server/public/list-public-city-publications";
import { imageBytes } from "@/tests/fixtures/evidence/evidence-files";
import { reportFields, reportForm, solvedProof } from "./citizen-report-world";
import { crawlPublicApi, discoverPublicRoutes, leaksIn, type Crawled, type PublicRoute } from "./public-crawl";
import { createPublicLeakWorld, type PublicLeakWorld } from "./public-leak-world";

// Issue 10 §4, the leak test: with personal data, internal words and an unpublished round planted
// around a published city, every public API answer (every route file, every method, every slug,
// publication id and report code it reveals) and every public data function the pages call is
// searched for each planted value and for the internal ids of the city, its departments and users.

let w: PublicLeakWorld;
let routes: PublicRoute[];
let crawled: Crawled[];

beforeAll(async () => {
  w = await createPublicLeakWorld();
  routes = await discoverPublicRoutes();
  const photo = await imageBytes("jpeg", 40, 30);
  const proof = await solvedProof();
  crawled = await crawlPublicApi(routes, {
    codes: [w.reports.received.code, w.reports.fixed.code],
    publicationIds: (await listPublicProvinces()).flatMap((province) => (province.ranking ? [province.ranking.id] : [])),
    queries: {
      cities: ["?pageSize=500"],
      "cities/[slug]/publications": ["?pageSize=500"],
      "publications/[id]/bulletin": ["?format=html", "?variant=official"],
    },
    bodies: {
      // a report filed as the form files it: its code, once revealed, is crawled too
      reports: () => ({
        body: reportForm({ ...reportFields(w.city.slug, { category: w.category.name, description: "公交站台破损" }), altcha: proof }, [
          { name: "photo.jpg", bytes: photo },
        ]),
      }),
      "reports/[code]/rating": () => ({ body: JSON.stringify({ satisfied: true, comment: "处理及时" }), contentType: "application/json" }),
    },
  });
}, 240_000);

const planted = () => ({ ...w.secrets, ...Object.fromEntries(Object.entries(w.internalIds).map(([key, id]) => [`id of ${key}`, id])) });

describe("the planted values are really there for the office", () => {
  it("the official bulletins name the leader, the inspector, notes and the correction's reason; the snapshot holds internal ids", async () => {
    // 五一街道 is black-listed twice in a row: the second round's official bulletin names its leader for a 约谈
    const official = await db().publicationBulletin.findUniqueOrThrow({
      where: { publicationId_variant: { publicationId: w.publications.second.id, variant: "OFFICIAL" } },
    });
    expect(official.html).toContain(w.secrets.leaderName);
    const corrected = await db().publicationBulletin.findUniqueOrThrow({
      where: { publicationId_variant: { publicationId: w.publications.correction.id, variant: "OFFICIAL" } },
    });
    expect(corrected.html).toContain(w.secrets.correctionReason);
    // the worst finding, whole: its inspector, the check's note, the description; and why it was corrected
    for (const value of [w.secrets.staffName, w.secrets.publishedCheckNote, w.secrets.findingDescription, w.secrets.correctionReason]) {
      expect(corrected.html).toContain(value);
    }
    const snapshot = JSON.stringify((await db().publication.findUniqueOrThrow({ where: { id: w.publications.correction.id } })).snapshot);
    expect(snapshot).toContain(w.internalIds.city);
    expect(snapshot).toContain(w.internalIds.publishedRound);
  });
});

describe("every public API route", () => {
  it("is crawled: every route file and every method it exports", () => {
    const exported = routes.flatMap((route) => Object.keys(route.handlers).map((method) => `${method} ${route.file}`));
    const exercised = new Set(crawled.map((item) => `${item.method} ${item.route}`));
    expect(exported.length).toBeGreaterThanOrEqual(15);
    expect(exported.filter((pair) => !exercised.has(pair))).toEqual([]);
  });

  it("reaches the planted city, each of its publications, its province's ranking and the reports by their codes", () => {
    const ok = (url: string) => crawled.some((item) => item.url === url && item.method === "GET" && item.status === 200);
    expect(ok(`/api/public/v1/cities/${w.city.slug}`)).toBe(true);
    for (const { id } of Object.values(w.publications)) {
      expect(ok(`/api/public/v1/publications/${id}`), id).toBe(true);
      expect(ok(`/api/public/v1/publications/${id}/bulletin`), id).toBe(true);
      expect(ok(`/api/public/v1/publications/${id}/bulletin?format=html`), id).toBe(true);
    }
    expect(ok(`/api/public/v1/reports/${w.reports.received.code}`)).toBe(true);
    expect(ok(`/api/public/v1/reports/${w.reports.fixed.code}/after-photo`)).toBe(true);
    const filed = crawled.find((item) => item.method === "POST" && item.url === "/api/public/v1/reports" && item.status === 201);
    expect(filed).toBeDefined();
    const rated = crawled.find((item) => item.url === `/api/public/v1/reports/${w.reports.fixed.code}/rating`);
    expect(rated?.status).toBe(201);
  });

  it("shows none of the planted values or internal ids in any body or header", () => {
    const items = crawled.map((item) => ({ where: `${item.method} ${item.url} (${item.status})`, texts: [...item.texts, item.headers] }));
    expect(leaksIn(items, planted())).toEqual([]);
  });
});

describe("the public data functions the pages call", () => {
  it("return none of the planted values or internal ids", async () => {
    const slug = w.city.slug;
    const results: { where: string; value: unknown }[] = [
      { where: "listPublicProvinces", value: await listPublicProvinces() },
      { where: "listPublicCities", value: await listPublicCities() },
      { where: "getPublicCity", value: await getPublicCity(slug) },
      { where: "listPublicCityPublications", value: await listPublicCityPublications(slug, { page: 1, pageSize: 500 }) },
      { where: "getReportFormOptions", value: await getReportFormOptions() },
    ];
    for (const { id } of Object.values(w.publications)) results.push({ where: `getPublicPublication ${id}`, value: await getPublicPublication(id) });
    for (const { code } of Object.values(w.reports)) results.push({ where: `getReportStatus ${code}`, value: await getReportStatus(code) });
    expect(results.find((result) => result.where === "getReportStatus " + w.reports.fixed.code)?.value).toMatchObject({ status: "RECTIFIED" });
    const items = results.map(({ where, value }) => ({ where, texts: [JSON.stringify(value)] }));
    expect(leaksIn(items, planted())).toEqual([]);
  });
});
