import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { correctProvincePublication } from "@/lib/server/publications/correct-province-publication";
import { correctPublication } from "@/lib/server/publications/correct-publication";
import { publishProvincePublication } from "@/lib/server/publications/publish-province-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { countReportTransition } from "@/lib/server/citizen-reports/report-counts";
import { withAfterCommit } from "@/lib/server/after-commit";
import { getPublicCity } from "@/lib/server/public/get-public-city";
import { getPublicPublication } from "@/lib/server/public/get-public-publication";
import { listPublicCities, listPublicProvinces } from "@/lib/server/public/list-public-cities";
import { listPublicCityPublications } from "@/lib/server/public/list-public-city-publications";
import { publicCitySchema, publicProvinceSchema, publicPublicationSchema } from "@/lib/server/public/public-dto";
import { clearPublicCaches } from "@/lib/server/public/public-store";
import { createCity } from "@/tests/factories/city";
import { createPublicationsWorld, NAMES, type PublicationsWorld } from "./publications-world";

const errorOf = async (promise: Promise<unknown>) =>
  promise.then(() => null).catch((error: { code?: string; status?: number }) => ({ code: error.code, status: error.status }));

/** Counts every use of the Prisma client while `fn` runs (a cached read must make none). */
async function countDbUse(fn: () => Promise<unknown>): Promise<number> {
  const holder = globalThis as unknown as { __chuangwenPrisma?: object };
  const real = db();
  let uses = 0;
  holder.__chuangwenPrisma = new Proxy(real, {
    get(target, property, receiver) {
      uses += 1;
      return Reflect.get(target, property, receiver);
    },
  });
  try {
    await fn();
  } finally {
    holder.__chuangwenPrisma = real;
  }
  return uses;
}

describe("the public data layer", () => {
  let w: PublicationsWorld;
  let first: Awaited<ReturnType<typeof publishPublication>>;
  let unpublishedRoundId: string;

  beforeAll(async () => {
    w = await createPublicationsWorld();
    first = await publishPublication(w.office.actor, {
      kind: "ROUND",
      roundId: (await w.closedRound({ a: [9, 10], b: [8, 10], s1: [10, 10], s2: [6, 10] })).id,
    });
    // closed but never published: nothing of it may show
    unpublishedRoundId = (await w.closedRound({ a: [1, 10], b: [2, 10], s1: [3, 10], s2: [4, 10] })).id;
  });
  afterEach(() => clearPublicCaches());

  it("shows a city's published round only: scores, every list, progress; no internal id", async () => {
    const city = publicCitySchema.parse(await getPublicCity(w.city.slug));
    expect(city.scores.map((point) => point.publicationId)).toEqual([first.id]);
    expect(city.rankings?.publication.id).toBe(first.id);
    expect(city.rankings?.lists.map((list) => list.name)).toEqual(["综合红黑榜", "街道红黑榜", "整改红黑榜"]);
    // below the threshold of 85: 市住建局 80, 五一街道 60 (worst last)
    expect(city.rankings?.lists[0].blackList.map((entry) => entry.department)).toEqual([NAMES.b, NAMES.s2]);
    expect(city.rankings?.lists[0].redList).toEqual([NAMES.s1]);
    expect(city.rankings?.departments.find((row) => row.name === NAMES.s1)).toMatchObject({ kind: "STREET_OFFICE", rank: 1 });
    expect(city.latest).toMatchObject({ publicationId: first.id, cityScore: expect.any(String) });
    expect(city.recentPublications[0]).toMatchObject({ id: first.id, supersededBy: null, bulletinUrl: `/api/public/v1/publications/${first.id}/bulletin` });
    const json = JSON.stringify(city);
    for (const internal of [
      w.city.id,
      w.city.provinceId,
      unpublishedRoundId,
      first.round!.id,
      w.cycle.id,
      w.lists.streets.id,
      w.office.user.id,
      w.departments.a.id,
    ]) {
      expect(json).not.toContain(internal);
    }
    const page = await listPublicCityPublications(w.city.slug, { page: 1, pageSize: 50 });
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    const publication = publicPublicationSchema.parse(await getPublicPublication(first.id));
    expect(publication).toMatchObject({ city: { slug: w.city.slug, name: w.city.name }, body: { type: "ROUND", roundName: "第1轮" } });
    expect(JSON.stringify(publication)).not.toContain(first.round!.id);
  });

  it("lists nominated cities only; an unknown, deleted or not nominated city and its publications are 404", async () => {
    const hidden = await createCity(db(), { isNominated: false });
    const deleted = await createCity(db(), { deletedAt: new Date() });
    const slugs = (await listPublicCities()).map((city) => city.slug);
    expect(slugs).toContain(w.city.slug);
    expect(slugs).not.toContain(hidden.slug);
    expect(slugs).not.toContain(deleted.slug);
    for (const slug of [hidden.slug, deleted.slug, "no-such-city"]) {
      expect(await errorOf(getPublicCity(slug))).toEqual({ code: "NOT_FOUND", status: 404 });
      expect(await errorOf(listPublicCityPublications(slug, { page: 1, pageSize: 10 }))).toEqual({ code: "NOT_FOUND", status: 404 });
    }
    expect(await errorOf(getPublicPublication("nonexistent0000000000000"))).toEqual({ code: "NOT_FOUND", status: 404 });
    expect(await errorOf(getPublicPublication("../../etc/passwd"))).toEqual({ code: "NOT_FOUND", status: 404 });
    await db().city.update({ where: { id: w.city.id }, data: { isNominated: false } });
    try {
      clearPublicCaches();
      expect(await errorOf(getPublicPublication(first.id))).toEqual({ code: "NOT_FOUND", status: 404 });
    } finally {
      await db().city.update({ where: { id: w.city.id }, data: { isNominated: true } });
    }
  });

  it("keeps a publication as published when a check changes afterwards", async () => {
    const before = JSON.stringify([await getPublicCity(w.city.slug), await getPublicPublication(first.id)]);
    await db().check.updateMany({ where: { roundId: first.round!.id }, data: { passed: false, note: "事后修改" } });
    clearPublicCaches();
    expect(JSON.stringify([await getPublicCity(w.city.slug), await getPublicPublication(first.id)])).toBe(before);
  });

  it("serves repeated reads from memory, and reads again after a publication or a report change is announced", async () => {
    await getPublicCity(w.city.slug);
    await getPublicPublication(first.id);
    await listPublicProvinces();
    expect(
      await countDbUse(async () => {
        await getPublicCity(w.city.slug);
        await getPublicPublication(first.id);
        await listPublicCityPublications(w.city.slug, { page: 1, pageSize: 10 });
        await listPublicProvinces();
        await listPublicCities();
      }),
    ).toBe(0);
    clearPublicCaches();
    // the counter sees a read that does reach the database
    expect(await countDbUse(() => getPublicCity(w.city.slug))).toBeGreaterThan(0);

    const second = await publishPublication(w.office.actor, { kind: "ROUND", roundId: unpublishedRoundId });
    expect((await getPublicCity(w.city.slug)).scores.map((point) => point.publicationId)).toEqual([first.id, second.id]);

    await withAfterCommit(
      (fn) => db().$transaction(fn),
      (tx) => countReportTransition(tx, w.city.id, null, "RECEIVED"),
    );
    expect((await getPublicCity(w.city.slug)).reports.received).toBeGreaterThanOrEqual(1);
  });

  it("marks a superseded publication with its correction, which stands in its place", async () => {
    const round = await w.closedRound({ a: [5, 10], b: [9, 10] });
    const published = await publishPublication(w.office.actor, { kind: "ROUND", roundId: round.id });
    await getPublicCity(w.city.slug);
    const correction = await correctPublication(w.office.actor, { id: published.id, reason: "更正原因不公开" });
    const city = await getPublicCity(w.city.slug);
    expect(city.scores.map((point) => point.publicationId)).toContain(correction.id);
    expect(city.scores.map((point) => point.publicationId)).not.toContain(published.id);
    expect(city.recentPublications.find((ref) => ref.id === published.id)).toMatchObject({ supersededBy: correction.id });
    expect(await getPublicPublication(published.id)).toMatchObject({ supersededBy: correction.id });
    expect(await getPublicPublication(correction.id)).toMatchObject({ supersedes: published.id, supersededBy: null });
    expect(JSON.stringify(await getPublicPublication(correction.id))).not.toContain("更正原因不公开");
  });

  it("shows the province's latest standing ranking by city slug, and its correction once published", async () => {
    const month = { scope: "PROVINCE", kind: "MONTH", periodStart: "2026-03-01", periodEnd: "2026-03-31" } as const;
    await publishPublication(w.office.actor, { kind: "MONTH", periodStart: "2026-03-01", periodEnd: "2026-03-31" });
    const province = await publishProvincePublication(w.supervisor.actor, month);
    const ours = () => listPublicProvinces().then((provinces) => provinces.find((entry) => entry.cities.some((city) => city.slug === w.city.slug)));
    const before = publicProvinceSchema.parse(await ours());
    expect(before.ranking).toMatchObject({ id: province.id, body: { type: "PROVINCE", cities: [expect.objectContaining({ slug: w.city.slug })] } });
    expect(JSON.stringify(before.ranking)).not.toContain(w.city.id);
    const correction = await correctProvincePublication(w.supervisor.actor, { id: province.id, reason: "排名更正" });
    expect((await ours())?.ranking?.id).toBe(correction.id);
    expect(await getPublicPublication(province.id)).toMatchObject({ scope: "PROVINCE", supersededBy: correction.id, city: null });
  });
});
