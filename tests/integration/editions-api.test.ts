import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { SECOND_YAML, readEditionYaml, uniqueCode, withCode, xlsxFileOf, yamlFileOf } from "@/tests/fixtures/editions/edition-files";
import * as editionRoute from "@/app/api/v1/editions/[id]/route";
import * as exportRoute from "@/app/api/v1/editions/[id]/export/route";
import * as importRoute from "@/app/api/v1/editions/import/route";
import * as editionsRoute from "@/app/api/v1/editions/route";
import * as templateRoute from "@/app/api/v1/editions/template/route";

// Route handlers are called directly. Imports come from a signed-in supervisor (a token acts at
// most with its creator's authority, and only city admins create tokens), other calls use a token.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

let s: CityScenario;
let cityAdminToken: string;
const second = readEditionYaml(SECOND_YAML);

beforeAll(async () => {
  s = await createCityScenario(db());
  cityAdminToken = (await createApiToken(s.actors.cityAdminA, { name: "采集系统", role: "CITY_ADMIN", expiresInDays: 7 })).token;
  session.actor = s.actors.supervisor;
});

const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (path: string, token = cityAdminToken) => new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });

function upload(file: { name: string; bytes: Uint8Array }, { token = "", query = "" } = {}) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(file.bytes)], file.name));
  return new NextRequest(`http://localhost/api/v1/editions/import${query}`, {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
}

describe("POST /api/v1/editions/import", () => {
  it("answers 201 with the id, counts and warnings", async () => {
    const response = await importRoute.POST(upload(await xlsxFileOf(withCode(second, uniqueCode("API")))), none);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ id: expect.any(String), counts: { categories: 3, contents: 6, criteria: 11, points: "19.75" }, warnings: expect.any(Array) });
    expect(await db().indicatorEdition.findUnique({ where: { id: body.id } })).toMatchObject({ provinceId: s.province.id });
  });

  it("answers 200 with the preview for ?dryRun=1 and writes nothing", async () => {
    const code = uniqueCode("API-DRY");
    const response = await importRoute.POST(upload(yamlFileOf(withCode(second, code)), { query: "?dryRun=1" }), none);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ edition: { code }, counts: { criteria: 11 }, tree: expect.any(Array) });
    expect(await db().indicatorEdition.findUnique({ where: { code } })).toBeNull();
  });

  it("answers 422 listing every problem with sheet, row and column", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("版本信息").addRows([
      ["名称", "错"],
      ["编码", uniqueCode("API-BAD")],
    ]);
    book.addWorksheet("测评体系").addRows([
      [
        "测评项目编码",
        "测评项目",
        "测评内容编码",
        "测评内容",
        "测评标准编码",
        "测评标准",
        "分值",
        "测评方法",
        "评分规则",
        "规则参数",
        "点位类型",
        "牵头单位",
        "配合单位",
        "一票否决",
        "网上申报具体规定",
        "整改时限(天)",
      ],
      ["C01", "甲", "C01-1", "乙", "X", "丙", 0, "实地考察", "分档", "A=2", null, null, null, "否", null, null],
    ]);
    const response = await importRoute.POST(upload({ name: "错.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) }), none);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: { code: "IMPORT_INVALID", message: expect.stringContaining("2 处问题") },
      errors: [
        { sheet: "测评体系", row: 2, column: "分值", message: expect.stringContaining("分值须为大于 0 的数") },
        { sheet: "测评体系", row: 2, column: "规则参数", message: "档位“A”的得分比例须为 0 到 1 之间的数。" },
      ],
    });
  });

  it("answers 422 for an .xls and for a request without a file, 403 to a city admin", async () => {
    const xls = await importRoute.POST(upload({ name: "旧.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) }), none);
    expect(xls.status).toBe(422);
    expect((await xls.json()).error.message).toContain(".xlsx");
    const empty = new NextRequest("http://localhost/api/v1/editions/import", { method: "POST" });
    const missing = await importRoute.POST(empty, none);
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ error: { code: "VALIDATION_FAILED" }, fieldErrors: { file: expect.any(Array) } });
    const denied = await importRoute.POST(upload(yamlFileOf(withCode(second, uniqueCode("NO"))), { token: cityAdminToken }), none);
    expect(denied.status).toBe(403);
  });
});

describe("reading and exporting", () => {
  let editionId: string;
  let code: string;
  beforeAll(async () => {
    code = uniqueCode("API-READ");
    const response = await importRoute.POST(upload(yamlFileOf(withCode(second, code))), none);
    editionId = (await response.json()).id;
  });

  it("GET /editions lists with the envelope, criteria count and total points", async () => {
    const response = await editionsRoute.GET(get(`/api/v1/editions?q=${code}&pageSize=10`), none);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      items: [expect.objectContaining({ id: editionId, code, name: second.name, isLocked: false, criteriaCount: 11, totalPoints: "19.75" })],
      total: 1,
      page: 1,
      pageSize: 10,
    });
  });

  it("GET /editions/{id} answers the tree with totals and plain-Chinese rubrics; 404 for an unknown id", async () => {
    const response = await editionRoute.GET(get(`/api/v1/editions/${editionId}`), withId(editionId));
    const tree = await response.json();
    expect(tree).toMatchObject({ id: editionId, code, counts: { categories: 3, contents: 6, criteria: 11, points: "19.75" } });
    expect(tree.categories[0]).toMatchObject({ code: "01", points: "12", criteriaCount: 6 });
    expect(tree.categories[0].contents[0].criteria[0]).toMatchObject({ code: "01.1.001", points: "2.5", rubricText: "每发现1处问题扣0.25分，最多扣2.5分" });
    expect((await editionRoute.GET(get("/api/v1/editions/nope"), withId("nope"))).status).toBe(404);
  });

  it("GET /editions/{id}/export answers the file with a UTF-8 file name", async () => {
    const xlsx = await exportRoute.GET(get(`/api/v1/editions/${editionId}/export?format=xlsx`), withId(editionId));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers.get("content-disposition")).toBe(
      `attachment; filename="${code}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${second.name}.xlsx`).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const yaml = await exportRoute.GET(get(`/api/v1/editions/${editionId}/export?format=yaml`), withId(editionId));
    expect(yaml.headers.get("content-type")).toContain("yaml");
    expect(await yaml.text()).toContain(`code: ${code}`);
    const bad = await exportRoute.GET(get(`/api/v1/editions/${editionId}/export?format=pdf`), withId(editionId));
    expect(bad.status).toBe(422);
  });

  it("GET /editions/template answers the template with its instructions sheet", async () => {
    const response = await templateRoute.GET(get("/api/v1/editions/template"), none);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["填写说明", "版本信息", "测评体系"]);
    expect(book.getWorksheet("测评体系")!.getRow(1).values).toEqual([
      undefined,
      "测评项目编码",
      "测评项目",
      "测评内容编码",
      "测评内容",
      "测评标准编码",
      "测评标准",
      "分值",
      "测评方法",
      "评分规则",
      "规则参数",
      "点位类型",
      "牵头单位",
      "配合单位",
      "一票否决",
      "网上申报具体规定",
      "整改时限(天)",
    ]);
  });
});
