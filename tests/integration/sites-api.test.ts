import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { siteSheet } from "@/lib/domain/sites/site-workbook";
import { readWorkbook } from "@/lib/domain/tabular-import/read-workbook";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createSite, createSiteType } from "@/tests/factories/site";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import * as siteRoute from "@/app/api/v1/sites/[id]/route";
import * as exportRoute from "@/app/api/v1/sites/export/route";
import * as importRoute from "@/app/api/v1/sites/import/route";
import * as sitesRoute from "@/app/api/v1/sites/route";
import * as templateRoute from "@/app/api/v1/sites/template/route";

// Route handlers are called directly with Bearer tokens; there is no session outside a request.
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let s: CityScenario;
let officeToken: string;
let inspectorToken: string;
let type: { id: string; name: string };

beforeAll(async () => {
  s = await createCityScenario(db());
  type = await createSiteType(db());
  officeToken = (await createApiToken(s.actors.cityAdminA, { name: "点位系统", role: "CITY_ADMIN", expiresInDays: 7 })).token;
  inspectorToken = (await createApiToken(s.actors.cityAdminA, { name: "督查系统", role: "INSPECTOR", expiresInDays: 7 })).token;
});

const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const call = (path: string, { method = "GET", token = officeToken, json }: { method?: string; token?: string | null; json?: unknown } = {}) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json !== undefined ? { "content-type": "application/json" } : {}) },
    body: json !== undefined ? JSON.stringify(json) : undefined,
  });

describe("/api/v1/sites", () => {
  it("POST creates (201), GET lists in the list envelope with filters, PATCH updates, DELETE deactivates", async () => {
    const created = await sitesRoute.POST(
      call("/api/v1/sites", {
        method: "POST",
        json: { name: "人民路", siteTypeId: type.id, responsibleDepartmentId: s.departmentA1.id, street: "雄关街道", longitude: "98.1" },
      }),
      none,
    );
    expect(created.status).toBe(201);
    const site = await created.json();
    expect(site).toEqual({
      id: expect.any(String),
      cityId: s.cityA.id,
      code: "D-0001",
      name: "人民路",
      siteType: { id: type.id, name: type.name },
      street: "雄关街道",
      grid: null,
      address: null,
      latitude: null,
      longitude: "98.1",
      responsibleDepartment: { id: s.departmentA1.id, name: s.departmentA1.name },
      active: true,
      version: 1,
    });

    const list = await (
      await sitesRoute.GET(call(`/api/v1/sites?street=${encodeURIComponent("雄关街道")}&type=${type.id}&pageSize=10`, { token: inspectorToken }), none)
    ).json();
    expect(list).toEqual({ items: [site], total: 1, page: 1, pageSize: 10 });
    expect((await (await sitesRoute.GET(call("/api/v1/sites?active=0"), none)).json()).total).toBe(0);
    expect(await (await siteRoute.GET(call(`/api/v1/sites/${site.id}`), withId(site.id))).json()).toEqual(site);

    const patched = await siteRoute.PATCH(call(`/api/v1/sites/${site.id}`, { method: "PATCH", json: { version: 1, grid: "一网格" } }), withId(site.id));
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ grid: "一网格", version: 2 });
    const stale = await siteRoute.PATCH(call(`/api/v1/sites/${site.id}`, { method: "PATCH", json: { version: 1, grid: "二网格" } }), withId(site.id));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "VERSION_CONFLICT" }, current: { version: 2 }, submitted: { version: 1 } });

    const deleted = await siteRoute.DELETE(call(`/api/v1/sites/${site.id}?version=2`, { method: "DELETE" }), withId(site.id));
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ active: false, version: 3 });
  });

  it("answers 422 with the field, 403 for an inspector's write, 404 for another city's site, 401 without a token", async () => {
    const bad = await sitesRoute.POST(
      call("/api/v1/sites", { method: "POST", json: { name: "x", siteTypeId: type.id, responsibleDepartmentId: s.departmentA1.id, code: "中文" } }),
      none,
    );
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: "VALIDATION_FAILED" }, fieldErrors: { code: expect.any(Array) } });
    const refused = await sitesRoute.POST(
      call("/api/v1/sites", { method: "POST", token: inspectorToken, json: { name: "x", siteTypeId: type.id, responsibleDepartmentId: s.departmentA1.id } }),
      none,
    );
    expect(refused.status).toBe(403);
    const other = await createSite(db(), { cityId: s.cityB.id, responsibleDepartmentId: s.departmentB1.id });
    expect((await siteRoute.GET(call(`/api/v1/sites/${other.id}`), withId(other.id))).status).toBe(404);
    expect((await siteRoute.PATCH(call(`/api/v1/sites/${other.id}`, { method: "PATCH", json: { version: 1, grid: "x" } }), withId(other.id))).status).toBe(404);
    expect((await sitesRoute.GET(call("/api/v1/sites", { token: null }), none)).status).toBe(401);
  });

  it("template, import (?dryRun=1 then 201) and export", async () => {
    const template = await templateRoute.GET(call("/api/v1/sites/template"), none);
    expect(template.status).toBe(200);
    const sheets = (await readWorkbook(new Uint8Array(await template.arrayBuffer()))).sheets;
    expect(sheets.map((sheet) => sheet.name)).toEqual(["点位", "填写说明"]);
    expect(sheets[0].rows[0].cells).toEqual(["点位名称", "点位类型", "街道", "网格", "地址", "经度", "纬度", "包点单位", "点位编号"]);
    expect((await templateRoute.GET(call("/api/v1/sites/template", { token: inspectorToken }), none)).status).toBe(403);

    const exported = await exportRoute.GET(call("/api/v1/sites/export?active=all"), none);
    expect(exported.status).toBe(200);
    const bytes = new Uint8Array(await exported.arrayBuffer());
    expect((await readWorkbook(bytes)).sheets[0].rows.length).toBeGreaterThan(1);

    const upload = (query: string, token = officeToken, file = bytes) => {
      const form = new FormData();
      form.set("file", new File([file], "点位.xlsx"));
      return importRoute.POST(
        new NextRequest(`http://localhost/api/v1/sites/import${query}`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form }),
        none,
      );
    };
    // The export carries the city's own codes, so importing it back is refused row by row.
    const again = await upload("?dryRun=1");
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({
      error: { code: "IMPORT_INVALID" },
      errors: [expect.objectContaining({ sheet: "点位", row: 2, column: "点位编号" })],
    });
    expect((await upload("", inspectorToken)).status).toBe(403);

    const fresh = await writeWorkbook([
      siteSheet([
        {
          name: "新点位",
          type: type.name,
          street: null,
          grid: null,
          address: null,
          longitude: null,
          latitude: null,
          department: s.departmentA1.name,
          code: null,
        },
      ]),
    ]);
    const preview = await upload("?dryRun=1", officeToken, fresh);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ counts: { sites: 1 } });
    const committed = await upload("", officeToken, fresh);
    expect(committed.status).toBe(201);
    expect(await committed.json()).toEqual({ created: 1 });
  });
});
