import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import * as readRoute from "@/app/api/v1/notifications/read/route";
import * as listRoute from "@/app/api/v1/notifications/route";
import * as unreadRoute from "@/app/api/v1/notifications/unread-count/route";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createUser } from "@/tests/factories/user";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

let s: CityScenario;
let ids: string[];
beforeAll(async () => {
  s = await createCityScenario(db());
  const other = (await createUser(db(), { role: "CITY_ADMIN", cityId: s.cityA.id })).user;
  const make = (userId: string, n: number) =>
    db().notification.create({
      data: {
        userId,
        cityId: s.cityA.id,
        kind: "TASK_DISPATCHED",
        title: `通知${n}`,
        link: "/tasks/x",
        dedupeKey: `api-test:${userId}:${n}:${Math.random()}`,
        createdAt: new Date(Date.UTC(2026, 0, n)),
      },
    });
  ids = [(await make(s.actors.liaisonA1.id, 1)).id, (await make(s.actors.liaisonA1.id, 2)).id];
  await make(other.id, 3);
});

// Notifications belong to a user, so the routes are called as that user's session.
async function asLiaison() {
  const { getSessionActor } = await import("@/lib/auth/current-actor");
  vi.mocked(getSessionActor).mockResolvedValue(s.actors.liaisonA1);
}
const request = (path: string, body?: unknown) =>
  new NextRequest(
    `http://localhost${path}`,
    body === undefined ? {} : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } },
  );
const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

describe("notification routes", () => {
  it("401 without a session", async () => {
    expect((await listRoute.GET(request("/api/v1/notifications"), none)).status).toBe(401);
  });

  it("lists the caller's own, counts unread and marks read", async () => {
    await asLiaison();
    const list = await (await listRoute.GET(request("/api/v1/notifications?pageSize=10"), none)).json();
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 10 });
    expect(list.items.map((n: { id: string }) => n.id)).toEqual([ids[1], ids[0]]);
    expect(await (await unreadRoute.GET(request("/api/v1/notifications/unread-count"), none)).json()).toEqual({ count: 2 });

    const marked = await readRoute.POST(request("/api/v1/notifications/read", { ids: [ids[0]] }), none);
    expect(await marked.json()).toEqual({ count: 1 });
    const unread = await (await listRoute.GET(request("/api/v1/notifications?unread=1"), none)).json();
    expect(unread.items.map((n: { id: string }) => n.id)).toEqual([ids[1]]);

    expect(await (await readRoute.POST(request("/api/v1/notifications/read", { all: true }), none)).json()).toEqual({ count: 1 });
    expect(await (await unreadRoute.GET(request("/api/v1/notifications/unread-count"), none)).json()).toEqual({ count: 0 });
    expect((await readRoute.POST(request("/api/v1/notifications/read", { nothing: 1 }), none)).status).toBe(422);
  });
});
