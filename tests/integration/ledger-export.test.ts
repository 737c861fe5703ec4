import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as exportRoute from "@/app/api/v1/ledger/export/route";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { exportLedger } from "@/lib/server/ledger/export/export-ledger";
import { fileStore } from "@/lib/server/storage";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createLedgerEntry, createTask } from "@/tests/factories/task";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

const HEADER = ["指标名称", "测评内容", "测评标准", "网上申报具体规定", "责任单位", "负责人", "任务", "日期", "工作内容", "审核状态", "佐证材料"];
const PHOTO = new TextEncoder().encode("台账照片-字节");
const PLAN_PDF = new TextEncoder().encode("%PDF-1.4 方案");

let s: CityScenario;
let files: { photo: string; pdf: string };

async function attach(entryId: string, cityId: string, uploadedById: string, originalName: string, contentHash: string, deleted = false) {
  await db().evidenceFile.create({
    data: {
      cityId,
      contentHash,
      size: 10,
      mimeType: originalName.endsWith(".pdf") ? "application/pdf" : "image/jpeg",
      originalName,
      ledgerEntryId: entryId,
      uploadedById,
      deletedAt: deleted ? new Date() : null,
    },
  });
}

// City A: task "two" (A1 leads, A2 co-owns) serves two criteria, task "none" (A1) serves none.
beforeAll(async () => {
  s = await createCityScenario(db());
  files = { photo: await fileStore().put(PHOTO), pdf: await fileStore().put(PLAN_PDF) };
  const {
    actions: [action],
  } = await createPlan(db(), { cityId: s.cityA.id });
  const { criteria } = await createEditionFromTree(db());
  const [litter, ads] = ["C01-01-1", "C01-01-2"].map((code) => criteria.find((c) => c.code === code)!);
  await db().criterion.update({ where: { id: ads.id }, data: { onlineSubmissionRule: "300字报告；5张以上照片" } });
  const a1 = s.departmentA1.id;
  const a2 = s.departmentA2.id;
  const two = await createTask(db(), {
    actionId: action.id,
    leadDepartmentId: a1,
    coDepartmentIds: [a2],
    criterionIds: [ads.id, litter.id],
    title: "公益广告设置",
    responsiblePerson: "王建国",
  });
  const none = await createTask(db(), { actionId: action.id, leadDepartmentId: a1, title: "门前三包巡查" });
  const e1 = await createLedgerEntry(db(), {
    taskId: two.id,
    departmentId: a1,
    effectiveDate: "2026-05-02",
    text: "新增公益广告20处",
    reviewStatus: "ACCEPTED",
  });
  await attach(e1.id, s.cityA.id, e1.createdById, "现场照片-01.jpg", files.photo);
  await attach(e1.id, s.cityA.id, e1.createdById, "设置方案.pdf", files.pdf);
  await attach(e1.id, s.cityA.id, e1.createdById, "删掉的.jpg", files.photo, true);
  const e2 = await createLedgerEntry(db(), { taskId: two.id, departmentId: a2, effectiveDate: "2026-05-01", text: "街道配合排查", reviewStatus: "RETURNED" });
  await attach(e2.id, s.cityA.id, e2.createdById, "现场照片-01.jpg", files.photo);
  const e3 = await createLedgerEntry(db(), { taskId: none.id, departmentId: a1, effectiveDate: "2026-04-01", text: "巡查沿街商户" });
  await attach(e3.id, s.cityA.id, e3.createdById, "巡查记录.pdf", files.pdf);
  await attach(e3.id, s.cityA.id, e3.createdById, "丢失的照片.jpg", "f".repeat(64));
  const gone = await createLedgerEntry(db(), { taskId: none.id, departmentId: a1, text: "已删除的记录" });
  await db().ledgerEntry.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
});

async function sheetRows(bytes: Uint8Array | ReadableStream<Uint8Array>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes instanceof Uint8Array ? new Uint8Array(bytes).buffer : await new Response(bytes).arrayBuffer());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["工作台账"]);
  const rows: string[][] = [];
  workbook.getWorksheet("工作台账")!.eachRow((row) => rows.push(HEADER.map((_, i) => String(row.getCell(i + 1).value ?? ""))));
  return rows;
}

describe("exportLedger (.xlsx)", () => {
  it("gives a liaison its department's entries, one row per criterion, unlinked last", async () => {
    const file = await exportLedger(s.actors.liaisonA1);
    expect(file.fileName).toMatch(new RegExp(`^工作台账-${s.departmentA1.name}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const [header, ...rows] = await sheetRows(file.body);
    expect(header).toEqual(HEADER);
    expect(rows.map((row) => [row[2], row[7], row[9]])).toEqual([
      ["C01-01-1 无乱扔乱贴", "2026-05-02", "已通过"],
      ["C01-01-2 公益广告完好", "2026-05-02", "已通过"],
      ["", "2026-04-01", "待审核"],
    ]);
    expect(rows[1]).toEqual([
      "公共环境",
      "道路街巷环境",
      "C01-01-2 公益广告完好",
      "300字报告；5张以上照片",
      s.departmentA1.name,
      "王建国",
      "公益广告设置",
      "2026-05-02",
      "新增公益广告20处",
      "已通过",
      "现场照片-01.jpg、设置方案.pdf",
    ]);
    expect(rows[2].slice(0, 4)).toEqual(["", "", "", ""]);
    expect(rows.some((row) => row[8] === "已删除的记录")).toBe(false);
  });

  it("gives the office the whole city, sorted by code, then date, then department", async () => {
    const [, ...rows] = await sheetRows((await exportLedger(s.actors.cityAdminA)).body);
    expect(rows.map((row) => [row[2].split(" ")[0], row[7], row[4], row[9]])).toEqual([
      ["C01-01-1", "2026-05-01", s.departmentA2.name, "已退回"],
      ["C01-01-1", "2026-05-02", s.departmentA1.name, "已通过"],
      ["C01-01-2", "2026-05-01", s.departmentA2.name, "已退回"],
      ["C01-01-2", "2026-05-02", s.departmentA1.name, "已通过"],
      ["", "2026-04-01", s.departmentA1.name, "待审核"],
    ]);
  });

  it("scopes a liaison to its own department: its own id is fine, another is 404", async () => {
    await expect(exportLedger(s.actors.liaisonA1, { department: s.departmentA1.id })).resolves.toMatchObject({
      fileName: expect.stringContaining(s.departmentA1.name),
    });
    await expect(exportLedger(s.actors.liaisonA1, { department: s.departmentA2.id })).rejects.toMatchObject({ status: 404 });
    await expect(exportLedger(s.actors.cityAdminB, { department: s.departmentA1.id })).rejects.toMatchObject({ status: 404 });
  });

  it("asks a supervisor which city, and exports the one named", async () => {
    await expect(exportLedger(s.actors.supervisor)).rejects.toMatchObject({ status: 422, fieldErrors: { city: [expect.any(String)] } });
    const file = await exportLedger(s.actors.supervisor, { city: s.cityA.id });
    expect(file.fileName).toContain(s.cityA.name);
    expect(await sheetRows(file.body)).toHaveLength(6);
    await expect(exportLedger(s.actors.cityAdminA, { format: "pdf" as "zip" })).rejects.toMatchObject({ status: 422 });
  });
});

describe("exportLedger (online-submission zip)", () => {
  it("folders evidence by criterion code, each file once per folder, with the right bytes, the workbook at the root and missing files listed", async () => {
    const file = await exportLedger(s.actors.cityAdminA, { format: "zip" });
    expect(file.contentType).toBe("application/zip");
    const zip = await JSZip.loadAsync(await new Response(file.body).arrayBuffer());
    const paths = Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name)
      .sort();
    const [a1, a2] = [s.departmentA1.name, s.departmentA2.name];
    expect(paths).toEqual(
      [
        // The photo both entries refer to is in each folder once, named by the earlier entry.
        `C01-01-1 无乱扔乱贴/2026-05-01_${a2}_现场照片-01.jpg`,
        `C01-01-1 无乱扔乱贴/2026-05-02_${a1}_设置方案.pdf`,
        `C01-01-2 公益广告完好/2026-05-01_${a2}_现场照片-01.jpg`,
        `C01-01-2 公益广告完好/2026-05-02_${a1}_设置方案.pdf`,
        "工作台账.xlsx",
        `未关联测评标准/2026-04-01_${a1}_巡查记录.pdf`,
        "缺失文件清单.txt",
      ].sort(),
    );
    expect(await zip.file("缺失文件清单.txt")!.async("string")).toContain(`未关联测评标准/2026-04-01_${a1}_丢失的照片.jpg`);
    expect(Buffer.from(await zip.file(`C01-01-1 无乱扔乱贴/2026-05-01_${a2}_现场照片-01.jpg`)!.async("uint8array"))).toEqual(Buffer.from(PHOTO));
    expect(Buffer.from(await zip.file(`未关联测评标准/2026-04-01_${a1}_巡查记录.pdf`)!.async("uint8array"))).toEqual(Buffer.from(PLAN_PDF));
    expect(await sheetRows(await zip.file("工作台账.xlsx")!.async("uint8array"))).toHaveLength(6);
  });
});

describe("GET /api/v1/ledger/export", () => {
  const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
  const get = (query: string, token: string) =>
    exportRoute.GET(new NextRequest(`http://localhost/api/v1/ledger/export${query}`, { headers: { authorization: `Bearer ${token}` } }), none);

  it("answers the workbook as an attachment, the zip on request, and 404 for another department", async () => {
    const { token } = await createApiToken(s.actors.cityAdminA, {
      name: "台账系统",
      role: "DEPARTMENT_LIAISON",
      departmentId: s.departmentA1.id,
      expiresInDays: 7,
    });
    const response = await get("", token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(`工作台账-${s.departmentA1.name}-`)}`);
    expect(await sheetRows(new Uint8Array(await response.arrayBuffer()))).toHaveLength(4);
    const zip = await get(`?department=${s.departmentA1.id}&format=zip`, token);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(Object.keys((await JSZip.loadAsync(await zip.arrayBuffer())).files)).toContain("工作台账.xlsx");
    const other = await get(`?department=${s.departmentA2.id}`, token);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("answers 401 without credentials", async () => {
    expect((await exportRoute.GET(new NextRequest("http://localhost/api/v1/ledger/export"), none)).status).toBe(401);
  });
});
