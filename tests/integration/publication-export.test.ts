import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as exportRoute from "@/app/api/v1/publications/[id]/export.xlsx/route";
import { db } from "@/lib/db";
import { readWorkbook } from "@/lib/domain/tabular-import/read-workbook";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { exportPublication } from "@/lib/server/console/export-publication";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { buildRoundSnapshot, insertRoundPublication, sampleInput } from "@/tests/support/publication-snapshots";

// Route handlers are called directly with Bearer tokens; there is no session outside a request.
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let s: CityScenario;
let away: CityScenario;
let publicationId: string;
let awayId: string;
let officeToken: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  away = await createCityScenario(db());
  const period = { start: "2026-11-01", end: "2026-11-30" };
  const snapshot = buildRoundSnapshot({
    city: { id: s.cityA.id, name: s.cityA.name, slug: s.cityA.slug },
    input: sampleInput(period, { a: s.departmentA1.name, b: s.departmentA2.name }),
  });
  publicationId = (await insertRoundPublication(db(), { cityId: s.cityA.id, snapshot, publishedById: s.actors.cityAdminA.id })).id;
  const awaySnapshot = buildRoundSnapshot({ city: { id: away.cityA.id, name: away.cityA.name, slug: away.cityA.slug }, input: sampleInput(period) });
  awayId = (await insertRoundPublication(db(), { cityId: away.cityA.id, snapshot: awaySnapshot, publishedById: away.actors.cityAdminA.id })).id;
  officeToken = (await createApiToken(s.actors.cityAdminA, { name: "统计系统", role: "CITY_ADMIN", expiresInDays: 7 })).token;
});

const call = (id: string) =>
  exportRoute.GET(new NextRequest(`http://localhost/api/v1/publications/${id}/export.xlsx`, { headers: { authorization: `Bearer ${officeToken}` } }), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/v1/publications/{id}/export.xlsx", () => {
  it("gives the department table and each list with the scores as published", async () => {
    const response = await call(publicationId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    const workbook = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["责任单位成绩", "综合红黑榜"]);
    const [departments, list] = workbook.sheets;
    // A1: 1.1 5/10 + 1.2 4/5 = 60; A2: 1.2 4/5 + 2.1 0/4 = 44.4444.
    expect(departments.rows.slice(0, 3).map((row) => row.cells.slice(0, 3))).toEqual([
      ["名次", "责任单位", "实地督查得分"],
      [1, s.departmentA1.name, 60],
      [2, s.departmentA2.name, 44.4444],
    ]);
    expect(list.rows[2].cells.slice(1, 5)).toEqual([s.departmentA2.name, expect.any(Number), "黑榜", "提醒函（第1次）"]);
  });

  it("is not found beyond the reader's scope, and a liaison's file holds its own department only", async () => {
    expect((await call(awayId)).status).toBe(404);
    await expect(exportPublication(s.actors.supervisor, awayId)).rejects.toBeInstanceOf(AppError);
    const own = await readWorkbook((await exportPublication(s.actors.liaisonA1, publicationId)).bytes);
    expect(own.sheets[0].rows.slice(1).map((row) => row.cells[1])).toEqual([s.departmentA1.name]);
    expect(own.sheets[1].rows.slice(1).map((row) => row.cells[1])).toEqual([s.departmentA1.name]);
  });
});
