import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import * as departmentRoute from "@/app/api/v1/departments/[id]/route";
import * as departmentsRoute from "@/app/api/v1/departments/route";
import * as taskEntriesRoute from "@/app/api/v1/tasks/[id]/ledger-entries/route";
import { createLedgerWorld, uniqueText, yesterday, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";
import { createDepartment } from "@/tests/factories/department";
import { uniqueSuffix } from "@/tests/factories/unique";

// Probe 10 of issue 7: a same-site page posted to /api/v1 with the user's cookie as text/plain
// and created a department. A cookie write must come from the app's own origin; a token is exempt.
// The session lookup is mocked to the signed-in office user (the cookie a browser would attach).

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

let w: LedgerWorld;
let officeToken: string;
beforeAll(async () => {
  w = await createLedgerWorld(db());
  officeToken = (await createApiToken(w.office, { name: `同源测试${uniqueSuffix()}`, role: "CITY_ADMIN", expiresInDays: 1 })).token;
});

const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const FOREIGN = "http://evil.localhost:3000";
const OWN = "http://localhost:3000";

function post(path: string, headers: Record<string, string>, body: BodyInit, method = "POST") {
  return new NextRequest(`${OWN}${path}`, { method, headers: { host: "localhost:3000", ...headers }, body });
}
const departmentsNamed = (name: string) => db().department.count({ where: { name } });

describe("a cookie-authenticated write from another origin", () => {
  it("is refused 403 CROSS_ORIGIN as text/plain, form-encoded or multipart, and creates nothing", async () => {
    session.actor = w.office;
    const name = `跨站局${uniqueSuffix()}`;
    const form = new FormData();
    form.set("name", name);
    form.set("kind", "BUREAU");
    const attempts = [
      post("/api/v1/departments", { origin: FOREIGN, "content-type": "text/plain" }, JSON.stringify({ name, kind: "BUREAU" })),
      post("/api/v1/departments", { origin: FOREIGN, "content-type": "application/x-www-form-urlencoded" }, new URLSearchParams({ name, kind: "BUREAU" })),
      post("/api/v1/departments", { origin: FOREIGN }, form),
      post("/api/v1/departments", { origin: FOREIGN, "content-type": "application/json" }, JSON.stringify({ name, kind: "BUREAU" })),
    ];
    for (const request of attempts) {
      const response = await departmentsRoute.POST(request, none);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "CROSS_ORIGIN", message: expect.any(String) } });
    }
    expect(await departmentsNamed(name)).toBe(0);
  });

  it("is refused for a multipart evidence upload and for a delete, which change nothing", async () => {
    session.actor = w.liaisonA1;
    const text = uniqueText("跨站台账");
    const form = new FormData();
    form.set("effectiveDate", yesterday());
    form.set("text", text);
    const upload = await taskEntriesRoute.POST(
      post(`/api/v1/tasks/${w.tasks.overdue.id}/ledger-entries`, { origin: FOREIGN }, form),
      withId(w.tasks.overdue.id),
    );
    expect(upload.status).toBe(403);
    expect(await db().ledgerEntry.count({ where: { text } })).toBe(0);

    session.actor = w.office;
    const department = await createDepartment(db(), { cityId: w.s.cityA.id });
    const request = new NextRequest(`${OWN}/api/v1/departments/${department.id}?version=1`, { method: "DELETE", headers: { origin: FOREIGN } });
    expect((await departmentRoute.DELETE(request, withId(department.id))).status).toBe(403);
    expect((await db().department.findUniqueOrThrow({ where: { id: department.id } })).deletedAt).toBeNull();
  });

  it("is refused when the browser says Sec-Fetch-Site: same-site or cross-site, whatever the Origin", async () => {
    session.actor = w.office;
    const name = `同站局${uniqueSuffix()}`;
    for (const site of ["same-site", "cross-site"]) {
      const headers = { origin: OWN, "sec-fetch-site": site, "content-type": "application/json" };
      const response = await departmentsRoute.POST(post("/api/v1/departments", headers, JSON.stringify({ name, kind: "BUREAU" })), none);
      expect(response.status).toBe(403);
    }
    expect(await departmentsNamed(name)).toBe(0);
  });
});

describe("writes that pass", () => {
  it("a cookie write from the app's own origin", async () => {
    session.actor = w.office;
    const name = `同源局${uniqueSuffix()}`;
    const headers = { origin: OWN, "sec-fetch-site": "same-origin", "content-type": "application/json" };
    const response = await departmentsRoute.POST(post("/api/v1/departments", headers, JSON.stringify({ name, kind: "BUREAU" })), none);
    expect(response.status).toBe(201);
    expect(await departmentsNamed(name)).toBe(1);
  });

  it("a cookie write with neither Origin nor Sec-Fetch-Site (not a browser)", async () => {
    session.actor = w.office;
    const name = `脚本局${uniqueSuffix()}`;
    const response = await departmentsRoute.POST(
      post("/api/v1/departments", { "content-type": "application/json" }, JSON.stringify({ name, kind: "BUREAU" })),
      none,
    );
    expect(response.status).toBe(201);
  });

  it("a Bearer-token write whatever its Origin says", async () => {
    session.actor = null;
    const name = `令牌局${uniqueSuffix()}`;
    const headers = { authorization: `Bearer ${officeToken}`, origin: FOREIGN, "sec-fetch-site": "cross-site", "content-type": "application/json" };
    const response = await departmentsRoute.POST(post("/api/v1/departments", headers, JSON.stringify({ name, kind: "BUREAU" })), none);
    expect(response.status).toBe(201);
  });

  it("but a same-origin cookie write still takes only JSON on a JSON route (415)", async () => {
    session.actor = w.office;
    const name = `表单局${uniqueSuffix()}`;
    const response = await departmentsRoute.POST(
      post("/api/v1/departments", { origin: OWN, "content-type": "application/x-www-form-urlencoded" }, new URLSearchParams({ name, kind: "BUREAU" })),
      none,
    );
    expect(response.status).toBe(415);
    expect(await departmentsNamed(name)).toBe(0);
  });
});
