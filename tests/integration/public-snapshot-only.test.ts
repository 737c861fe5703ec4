import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import { invalidatePublicCity } from "@/lib/server/public/invalidate";
import { getPublicCity } from "@/lib/server/public/get-public-city";
import { getPublicPublication } from "@/lib/server/public/get-public-publication";
import { listPublicProvinces } from "@/lib/server/public/list-public-cities";
import { createTask } from "@/tests/factories/task";
import { crawlPublicApi, discoverPublicRoutes, type Crawled, type PublicRoute } from "./public-crawl";
import { createPublicLeakWorld, type PublicLeakWorld } from "./public-leak-world";

// Issue 10 §4, the snapshot-only rule: the public reads what was published, so changing the live
// data behind a publication (a check of its round, a finding, a task, a department's name, the
// city's settings, a list's rule, an action's name) and announcing the change as the app does
// leaves every public answer byte for byte as it was. Citizen-report figures are live by design:
// the reports stay unchanged in between.

let w: PublicLeakWorld;
let routes: PublicRoute[];

beforeAll(async () => {
  w = await createPublicLeakWorld();
  // the challenge is new on every request, by design
  routes = (await discoverPublicRoutes()).filter((route) => route.template !== "reports/challenge");
}, 240_000);

/** Every GET answer about the world's city (its slug, its publications, its reports), and what the pages read. */
async function readEverything() {
  const crawled = await crawlPublicApi(routes, {
    codes: [w.reports.received.code, w.reports.fixed.code],
    publicationIds: [w.publications.province.id],
    methods: ["GET"],
    queries: { cities: ["?pageSize=500"], "publications/[id]/bulletin": ["?format=html"] },
  });
  const mine = [w.city.slug, ...Object.values(w.publications).map((p) => p.id), w.reports.received.code, w.reports.fixed.code];
  const answers = new Map<string, { status: number; etag: string | null; body: string }>();
  const keep = (item: Crawled) => mine.some((value) => item.url.includes(value));
  for (const item of crawled.filter(keep))
    answers.set(item.url, { status: item.status, etag: /^etag: (.*)$/m.exec(item.headers)?.[1] ?? null, body: item.texts[1] });
  // the city list holds every city of a shared database: the world's own item is compared
  const listed = crawled
    .filter((item) => item.url.startsWith("/api/public/v1/cities?"))
    .flatMap((item) => (JSON.parse(item.texts[0]).items as { slug: string }[]).filter((city) => city.slug === w.city.slug));
  answers.set("cities list item", { status: 200, etag: null, body: JSON.stringify(listed) });
  const province = (await listPublicProvinces()).find((entry) => entry.cities.some((city) => city.slug === w.city.slug));
  answers.set("listPublicProvinces", { status: 200, etag: null, body: JSON.stringify(province) });
  answers.set("getPublicCity", { status: 200, etag: null, body: JSON.stringify(await getPublicCity(w.city.slug)) });
  for (const { id } of Object.values(w.publications)) {
    answers.set(`getPublicPublication ${id}`, { status: 200, etag: null, body: JSON.stringify(await getPublicPublication(id)) });
  }
  return answers;
}

async function changeTheLiveData() {
  const { w: world, publications } = w;
  const round = publications.second.round!.id;
  const check = await db().check.findFirstOrThrow({ where: { roundId: round, passed: true } });
  await db().check.update({ where: { id: check.id }, data: { passed: false, note: "复核后改为不符合" } });
  await db().finding.updateMany({
    where: { cityId: world.city.id, origin: "CHECK" },
    data: { status: "VERIFIED", verifiedOn: parseBusinessDate("2026-02-01"), verifiedAt: new Date(), description: "事后改写的问题描述" },
  });
  const task = await db().task.findFirstOrThrow({ where: { cityId: world.city.id } });
  await db().task.update({ where: { id: task.id }, data: { completedAt: null, title: "改名后的任务", responsiblePerson: "新责任人" } });
  await createTask(db(), { actionId: task.actionId, leadDepartmentId: world.departments.b.id, completedAt: new Date() });
  await db().planAction.update({ where: { id: task.actionId }, data: { name: "改名后的行动" } });
  await db().department.update({ where: { id: world.departments.a.id }, data: { name: `市城市管理局${Date.now()}` } });
  await db().city.update({ where: { id: world.city.id }, data: { rectificationDays: 15, autoDispatchFindings: true, appealDays: 3 } });
  await db().rankingList.update({ where: { id: world.lists.streets.id }, data: { redCount: 2, blackThreshold: "90" } });
}

describe("the snapshot-only rule", () => {
  it("every public answer is byte-identical after the live data behind the publications changed", async () => {
    const before = await readEverything();
    // the comparison covers what matters: the city, every publication with its bulletins, the reports
    for (const { id } of Object.values(w.publications)) {
      for (const suffix of ["", "/bulletin", "/bulletin?format=html"]) expect(before.get(`/api/public/v1/publications/${id}${suffix}`)?.status).toBe(200);
    }
    expect(before.get(`/api/public/v1/cities/${w.city.slug}`)?.status).toBe(200);
    expect(before.get(`/api/public/v1/reports/${w.reports.fixed.code}/after-photo`)?.status).toBe(200);
    expect(JSON.parse(before.get("cities list item")!.body)).toHaveLength(1);

    await changeTheLiveData();
    invalidatePublicCity(w.city.id);
    const after = await readEverything();

    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...before].filter(([key, answer]) => JSON.stringify(after.get(key)) !== JSON.stringify(answer)).map(([key]) => key);
    expect(changed).toEqual([]);

    // …and the comparison did read again: a live field (the city's name) does change after the announcement
    const renamed = `${w.city.name}（新）`;
    await db().city.update({ where: { id: w.city.id }, data: { name: renamed } });
    invalidatePublicCity(w.city.id);
    expect((await getPublicCity(w.city.slug)).name).toBe(renamed);
  });
});
