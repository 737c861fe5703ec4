import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_API_LIMIT } from "@/lib/api/public/public-rate-limit";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { stampClientAddress } from "@/lib/auth/stamp-client-address";
import { parseTrustProxy, TRUST_NONE, type TrustProxy } from "@/lib/auth/trust-proxy";
import { db } from "@/lib/db";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { createPublicApiWorld, paramsOf, publicRequest, type PublicApiWorld } from "@/tests/integration/public-api-world";

// The attacker's probes of the open data API (issue 10 §2 and §4): the rate limit cannot be dodged
// by a header, ids the public may not read are 404 whatever they name, and no internal id leaks.

const cities = await import("@/app/api/public/v1/cities/route");
const city = await import("@/app/api/public/v1/cities/[slug]/route");
const cityPublications = await import("@/app/api/public/v1/cities/[slug]/publications/route");
const publication = await import("@/app/api/public/v1/publications/[id]/route");
const bulletin = await import("@/app/api/public/v1/publications/[id]/bulletin/route");

let w: PublicApiWorld;
beforeAll(async () => {
  w = await createPublicApiWorld();
});

/** A request as the server receives it and stamps it (scripts/serve.ts), forged headers and all. */
function served(path: string, socketAddress: string, headers: Record<string, string>, trust: TrustProxy) {
  const req = { headers: { ...headers } as Record<string, string | string[] | undefined>, socket: { remoteAddress: socketAddress } };
  stampClientAddress(req as Parameters<typeof stampClientAddress>[0], trust);
  return new NextRequest(`http://localhost${path}`, { headers: req.headers as Record<string, string> });
}

const getCity = (request: NextRequest) => city.GET(request, paramsOf({ slug: w.city.slug }));
const forgedHeaders = () => ({
  "x-forwarded-for": `${uniqueClientAddress()}, ${uniqueClientAddress()}`,
  "x-real-ip": uniqueClientAddress(),
  [CLIENT_ADDRESS_HEADER]: uniqueClientAddress(),
});

describe("a forged X-Forwarded-For does not escape the rate limit", () => {
  it("without trusted proxies the socket's address counts, whatever the request claims", async () => {
    const socket = uniqueClientAddress();
    for (let i = 0; i < PUBLIC_API_LIMIT; i++)
      expect((await getCity(served(`/api/public/v1/cities/${w.city.slug}`, socket, forgedHeaders(), TRUST_NONE))).status).toBe(200);
    const refused = await getCity(served(`/api/public/v1/cities/${w.city.slug}`, socket, forgedHeaders(), TRUST_NONE));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await getCity(served(`/api/public/v1/cities/${w.city.slug}`, uniqueClientAddress(), {}, TRUST_NONE))).status).toBe(200);
  });

  it("behind a trusted proxy only the address the proxy appended counts", async () => {
    const client = uniqueClientAddress();
    const trust = parseTrustProxy("1");
    const forwarded = () => ({ "x-forwarded-for": `${uniqueClientAddress()}, ${uniqueClientAddress()}, ${client}` });
    for (let i = 0; i < PUBLIC_API_LIMIT; i++) await getCity(served(`/api/public/v1/cities/${w.city.slug}`, "127.0.0.1", forwarded(), trust));
    expect((await getCity(served(`/api/public/v1/cities/${w.city.slug}`, "127.0.0.1", forwarded(), trust))).status).toBe(429);
  });

  it("a client's own copy of the server's address header is never believed", async () => {
    const seen: string[] = [];
    const probe = withPublicApi(async ({ clientAddress }) => (seen.push(clientAddress), Response.json({})));
    const forged = new NextRequest("http://localhost/api/public/v1/probe", {
      headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" },
    });
    await probe(forged, paramsOf({}));
    const stamped = served("/api/public/v1/probe", "198.51.100.20", { [CLIENT_ADDRESS_HEADER]: "203.0.113.9" }, TRUST_NONE);
    await probe(stamped, paramsOf({}));
    expect(seen).toEqual(["unknown", "198.51.100.20"]);
  });
});

describe("ids the public may not read", () => {
  const getPublication = (id: string) => publication.GET(publicRequest(`/api/public/v1/publications/${encodeURIComponent(id)}`), paramsOf({ id }));
  const getBulletin = (id: string) => bulletin.GET(publicRequest(`/api/public/v1/publications/${encodeURIComponent(id)}/bulletin`), paramsOf({ id }));

  it("a superseded publication stays readable, marked with its correction; the city's latest is the standing one", async () => {
    expect(await (await getPublication(w.superseded.id)).json()).toMatchObject({ id: w.superseded.id, supersededBy: w.correction.id });
    expect((await getBulletin(w.superseded.id)).status).toBe(200);
    const detail = await (await city.GET(publicRequest(`/api/public/v1/cities/${w.city.slug}`), paramsOf({ slug: w.city.slug }))).json();
    expect(detail.rankings.publication.supersededBy).toBeNull();
    expect(detail.latest.publicationId).not.toBe(w.superseded.id);
  });

  it("a hidden city's publications, a province without public cities, a round's id and odd ids are all the same 404", async () => {
    const ids = [w.hidden.round.id, w.hidden.month.id, w.hidden.province.id, w.unpublished.id, w.city.id, "../publications", "%00", "x\u0000y", "' OR 1=1 --"];
    for (const id of ids) {
      for (const response of [await getPublication(id), await getBulletin(id)]) {
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.stringMatching(/不存在或无权访问。$/) } });
      }
    }
  });

  it("a city that was deleted is gone from the API with its publications", async () => {
    const deleted = await createPublicApiWorld();
    await db().city.update({ where: { id: deleted.city.id }, data: { deletedAt: new Date() } });
    // The public cache learns of the change as it would from any out-of-app edit: its TTL, or an announcement.
    const { invalidatePublicCity } = await import("@/lib/server/public/invalidate");
    invalidatePublicCity(deleted.city.id);
    expect((await city.GET(publicRequest(`/api/public/v1/cities/${deleted.city.slug}`), paramsOf({ slug: deleted.city.slug }))).status).toBe(404);
    expect((await getPublication(deleted.second.id)).status).toBe(404);
  });

  it("CORS never reflects an Origin or allows credentials, even when a cookie comes along", async () => {
    const response = await publication.GET(
      publicRequest(`/api/public/v1/publications/${w.second.id}`, { headers: { origin: "https://evil.example", cookie: "next-auth.session-token=x" } }),
      paramsOf({ id: w.second.id }),
    );
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("no internal ids leak", () => {
  async function internalIds(): Promise<string[]> {
    const cityIds = [w.city.id, w.hidden.city.id];
    const inCities = { where: { cityId: { in: cityIds } }, select: { id: true } } as const;
    const cityRows = await db().city.findMany({ where: { id: { in: cityIds } }, select: { id: true, provinceId: true } });
    const editionIds = (await db().inspectionRound.findMany({ where: { cityId: { in: cityIds } }, select: { editionId: true } })).map((row) => row.editionId);
    const groups = await Promise.all([
      db().department.findMany(inCities),
      db().inspectionRound.findMany(inCities),
      db().rankingList.findMany(inCities),
      db().site.findMany(inCities),
      db().check.findMany(inCities),
      db().finding.findMany(inCities),
      db().creationCycle.findMany(inCities),
      db().criterion.findMany({ where: { editionId: { in: editionIds } }, select: { id: true } }),
      db().roleMembership.findMany({
        where: { OR: [{ cityId: { in: cityIds } }, { provinceId: { in: cityRows.map((row) => row.provinceId) } }] },
        select: { id: true, userId: true },
      }),
      db().publicationBulletin.findMany({
        where: { publication: { OR: [{ cityId: { in: cityIds } }, { provinceId: { in: cityRows.map((row) => row.provinceId) } }] } },
        select: { id: true },
      }),
    ]);
    const hiddenPublications = [w.hidden.round.id, w.hidden.month.id, w.hidden.province.id];
    return [
      ...cityRows.flatMap((row) => [row.id, row.provinceId]),
      ...editionIds,
      ...groups.flat().flatMap((row) => Object.values(row) as string[]),
      ...hiddenPublications,
    ];
  }

  it("no response of any route carries an id other than publication ids and slugs", async () => {
    const ids = [...new Set(await internalIds())];
    expect(ids.length).toBeGreaterThan(40);
    const publications = [w.superseded, w.correction, w.second, w.month, w.province];
    const responses = [
      await cities.GET(publicRequest("/api/public/v1/cities?pageSize=500"), paramsOf({})),
      await city.GET(publicRequest(`/api/public/v1/cities/${w.city.slug}`), paramsOf({ slug: w.city.slug })),
      await cityPublications.GET(publicRequest(`/api/public/v1/cities/${w.city.slug}/publications`), paramsOf({ slug: w.city.slug })),
      ...(await Promise.all(publications.map(({ id }) => publication.GET(publicRequest(`/api/public/v1/publications/${id}`), paramsOf({ id }))))),
      ...(await Promise.all(
        publications.map(({ id }) => bulletin.GET(publicRequest(`/api/public/v1/publications/${id}/bulletin?format=html`), paramsOf({ id }))),
      )),
    ];
    for (const response of responses) {
      expect(response.status).toBe(200);
      const text = await response.text();
      for (const id of ids) expect(text, id).not.toContain(id);
    }
  });
});
