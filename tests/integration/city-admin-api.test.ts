import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createCycle } from "@/tests/factories/cycle";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => signedIn }));

const { GET: getOpenApi } = await import("@/app/api/v1/openapi.json/route");
const lists = await import("@/app/api/v1/ranking-lists/route");
const listById = await import("@/app/api/v1/ranking-lists/[id]/route");
const settings = await import("@/app/api/v1/city-settings/route");
const weights = await import("@/app/api/v1/cycles/[id]/weights/route");

let s: CityScenario;
let cycleId: string;
let defaultListId: string;
beforeAll(async () => {
  s = await createCityScenario(db());
  const cycle = await createCycle(db(), { cityId: s.cityA.id, isCurrent: true, startYear: 2025 });
  cycleId = cycle.id;
  defaultListId = cycle.rankingLists[0].id;
});

const request = (path: string, method = "GET", body?: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: body ? { "content-type": "application/json", "sec-fetch-site": "same-origin" } : { "sec-fetch-site": "same-origin" },
    body: body ? JSON.stringify(body) : undefined,
  });
const noParams = { params: Promise.resolve({}) } as never;
const withId = (id: string) => ({ params: Promise.resolve({ id }) }) as never;

describe("/api/v1 ranking lists and city settings", () => {
  it("lists, creates, edits and deletes lists with the envelope of conventions.md", async () => {
    signedIn = s.actors.cityAdminA;
    const listed = await (await lists.GET(request("/api/v1/ranking-lists"), noParams)).json();
    expect(listed).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id: defaultListId, name: "综合红黑榜", blackThreshold: "85.00" }] });
    const bad = await lists.POST(
      request("/api/v1/ranking-lists", "POST", {
        cycleId,
        name: "街道榜",
        members: "BY_KIND",
        metric: "COMPOSITE",
        redCount: 2,
        blackCount: 1,
        blackThreshold: 85,
      }),
      noParams,
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).fieldErrors.memberKind).toEqual(["按单位类型选择成员时，请选择单位类型"]);
    const created = await lists.POST(
      request("/api/v1/ranking-lists", "POST", {
        cycleId,
        name: "街道榜",
        members: "BY_KIND",
        memberKind: "STREET_OFFICE",
        metric: "COMPOSITE",
        redCount: 2,
        blackCount: 1,
        blackThreshold: 85,
      }),
      noParams,
    );
    expect(created.status).toBe(201);
    const row = await created.json();
    const patched = await listById.PATCH(request(`/api/v1/ranking-lists/${row.id}`, "PATCH", { version: 1, redCount: 3 }), withId(row.id));
    expect(await patched.json()).toMatchObject({ redCount: 3, version: 2 });
    const stale = await listById.DELETE(request(`/api/v1/ranking-lists/${row.id}?version=1`, "DELETE"), withId(row.id));
    expect(stale.status).toBe(409);
    expect((await listById.DELETE(request(`/api/v1/ranking-lists/${defaultListId}?version=1`, "DELETE"), withId(defaultListId))).status).toBe(409);
    expect((await listById.DELETE(request(`/api/v1/ranking-lists/${row.id}?version=2`, "DELETE"), withId(row.id))).status).toBe(200);
    signedIn = s.actors.cityAdminB;
    expect((await listById.PATCH(request(`/api/v1/ranking-lists/${defaultListId}`, "PATCH", { version: 1, redCount: 3 }), withId(defaultListId))).status).toBe(
      404,
    );
  });

  it("reads and changes the city settings and the cycle's weights", async () => {
    signedIn = s.actors.cityAdminA;
    const current = await (await settings.GET(request("/api/v1/city-settings"), noParams)).json();
    expect(current).toMatchObject({ cityId: s.cityA.id, appealDays: 0, currentCycle: { id: cycleId } });
    const saved = await settings.PATCH(request("/api/v1/city-settings", "PATCH", { version: current.version, appealDays: 7 }), noParams);
    expect(await saved.json()).toMatchObject({ appealDays: 7, version: current.version + 1 });
    const badWeights = await weights.PATCH(
      request(`/api/v1/cycles/${cycleId}/weights`, "PATCH", { version: 1, inspectionWeight: 0, rectificationWeight: 0, ledgerWeight: 0, years: [] }),
      withId(cycleId),
    );
    expect(badWeights.status).toBe(422);
    expect((await badWeights.json()).fieldErrors.inspectionWeight).toEqual(["三项权重不能全为 0"]);
  });

  it("are in the OpenAPI document", async () => {
    const paths = Object.keys((await getOpenApi().json()).paths);
    for (const path of [
      "/api/v1/ranking-lists",
      "/api/v1/ranking-lists/{id}",
      "/api/v1/ranking-lists/order",
      "/api/v1/city-settings",
      "/api/v1/cycles/{id}/weights",
    ]) {
      expect(paths).toContain(path);
    }
  });
});
