import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as acceptRoute from "@/app/api/v1/citizen-reports/[id]/accept/route";
import * as mergeRoute from "@/app/api/v1/citizen-reports/[id]/merge/route";
import * as rejectRoute from "@/app/api/v1/citizen-reports/[id]/reject/route";
import * as detailRoute from "@/app/api/v1/citizen-reports/[id]/route";
import * as listRoute from "@/app/api/v1/citizen-reports/route";
import * as evidenceRoute from "@/app/api/v1/evidence/[id]/route";
import * as categoryRoute from "@/app/api/v1/report-categories/[id]/route";
import * as categoriesRoute from "@/app/api/v1/report-categories/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createCitizenReport, createReportCategory } from "@/tests/factories/citizen-report";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createCheckFinding } from "./findings-world";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

let s: CityScenario;
let categoryId: string;
beforeAll(async () => {
  s = await createCityScenario(db());
  categoryId = (await createReportCategory(db(), { cityId: s.cityA.id, name: "环境卫生" })).id;
});

async function as(actor: Actor | null) {
  const { getSessionActor } = await import("@/lib/auth/current-actor");
  vi.mocked(getSessionActor).mockResolvedValue(actor);
}
const get = (path: string) => new NextRequest(`http://localhost${path}`);
const send = (method: string, path: string, body: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
  });
const params = <P>(value: P) => ({ params: Promise.resolve(value) });
const none = params({} as Record<string, never>);
const newReport = (withPhoto = false) => createCitizenReport(db(), { cityId: s.cityA.id, categoryId, withPhoto });

describe("/api/v1/citizen-reports", () => {
  it("401 without a session, 403 for a liaison or a supervisor", async () => {
    await as(null);
    expect((await listRoute.GET(get("/api/v1/citizen-reports"), none)).status).toBe(401);
    for (const actor of [s.actors.liaisonA1, s.actors.supervisor, s.actors.inspectorA]) {
      await as(actor);
      expect((await listRoute.GET(get("/api/v1/citizen-reports"), none)).status).toBe(403);
    }
  });

  it("lists the queue in the list envelope with place, photos through the evidence route and the contact", async () => {
    const { report, photo } = await newReport(true);
    await as(s.actors.cityAdminA);
    const response = await listRoute.GET(get("/api/v1/citizen-reports?status=RECEIVED&pageSize=500"), none);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { id: string; photos: { url: string }[] }[]; total: number; page: number; pageSize: number };
    expect(body).toMatchObject({ page: 1, pageSize: 500 });
    const item = body.items.find((candidate) => candidate.id === report.id);
    expect(item).toMatchObject({
      code: report.code,
      status: "RECEIVED",
      category: { id: categoryId, name: "环境卫生" },
      place: { street: report.street, address: report.address, position: { latitude: 30.1234, longitude: 120.5678 } },
      contact: "13800001234",
      rating: null,
    });
    expect(item!.photos).toEqual([{ id: photo!.id, url: `/api/v1/evidence/${photo!.id}`, thumbnailUrl: `/api/v1/evidence/${photo!.id}?thumbnail=1` }]);
    expect((await evidenceRoute.GET(get(item!.photos[0].url), params({ id: photo!.id }))).status).toBe(200);
    await as(s.actors.liaisonA1);
    expect((await evidenceRoute.GET(get(item!.photos[0].url), params({ id: photo!.id }))).status).toBe(404);
    await as(s.actors.cityAdminA);
    expect((await listRoute.GET(get("/api/v1/citizen-reports?status=OPEN"), none)).status).toBe(422);
    expect((await detailRoute.GET(get(`/api/v1/citizen-reports/${report.id}`), params({ id: report.id }))).status).toBe(200);
    await as(s.actors.cityAdminB);
    expect((await detailRoute.GET(get(`/api/v1/citizen-reports/${report.id}`), params({ id: report.id }))).status).toBe(404);
  });

  it("accepts (201 with the finding), then refuses a second decision with 409", async () => {
    const { report } = await newReport();
    await as(s.actors.cityAdminA);
    const path = `/api/v1/citizen-reports/${report.id}/accept`;
    const invalid = await acceptRoute.POST(send("POST", path, { departmentId: s.departmentA1.id, dueDate: "2026-02-30" }), params({ id: report.id }));
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.dueDate).toEqual(["整改期限不是有效的日期"]);
    const accepted = await acceptRoute.POST(send("POST", path, { departmentId: s.departmentA1.id }), params({ id: report.id }));
    expect(accepted.status).toBe(201);
    const { findingId } = (await accepted.json()) as { findingId: string };
    expect((await db().finding.findUniqueOrThrow({ where: { id: findingId } })).origin).toBe("CITIZEN_REPORT");
    const again = await rejectRoute.POST(send("POST", `/api/v1/citizen-reports/${report.id}/reject`, { reason: "重复" }), params({ id: report.id }));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("INVALID_STATE");
  });

  it("merges into a finding and rejects with a reason; a liaison's write is refused before its body is read", async () => {
    const open = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id });
    const first = await newReport();
    await as(s.actors.cityAdminA);
    const merged = await mergeRoute.POST(send("POST", "/x", { findingId: open.finding.id }), params({ id: first.report.id }));
    expect(merged.status).toBe(200);
    expect(await merged.json()).toEqual({ id: first.report.id, status: "ACCEPTED", findingId: open.finding.id });
    const second = await newReport();
    const rejected = await rejectRoute.POST(send("POST", "/x", { reason: "不在创建范围内" }), params({ id: second.report.id }));
    expect(await rejected.json()).toEqual({ id: second.report.id, status: "REJECTED", findingId: null });
    await as(s.actors.liaisonA1);
    const third = await newReport();
    expect((await rejectRoute.POST(send("POST", "/x", { reason: "x" }), params({ id: third.report.id }))).status).toBe(403);
  });
});

describe("/api/v1/report-categories", () => {
  it("creates (201), lists and archives with the version it read (stale: 409)", async () => {
    await as(s.actors.cityAdminA);
    const created = await categoriesRoute.POST(send("POST", "/api/v1/report-categories", { name: "公益广告" }), none);
    expect(created.status).toBe(201);
    const category = (await created.json()) as { id: string; version: number; archived: boolean };
    expect(category).toMatchObject({ archived: false, version: 1, criterion: null });
    const duplicate = await categoriesRoute.POST(send("POST", "/api/v1/report-categories", { name: "公益广告" }), none);
    expect(duplicate.status).toBe(422);
    const list = (await (await categoriesRoute.GET(get("/api/v1/report-categories"), none)).json()) as { items: { id: string }[]; total: number };
    expect(list.items.map((item) => item.id)).toContain(category.id);
    const path = `/api/v1/report-categories/${category.id}`;
    const archived = await categoryRoute.PATCH(send("PATCH", path, { version: 1, archived: true }), params({ id: category.id }));
    expect(await archived.json()).toMatchObject({ archived: true, version: 2 });
    expect((await categoryRoute.PATCH(send("PATCH", path, { version: 1, name: "公益宣传" }), params({ id: category.id }))).status).toBe(409);
    await as(s.actors.cityAdminB);
    expect((await categoryRoute.PATCH(send("PATCH", path, { version: 2, archived: false }), params({ id: category.id }))).status).toBe(404);
    await as(s.actors.inspectorA);
    expect((await categoriesRoute.POST(send("POST", "/api/v1/report-categories", { name: "x" }), none)).status).toBe(403);
  });
});
