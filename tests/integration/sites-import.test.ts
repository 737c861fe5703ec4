import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { readWorkbook } from "@/lib/domain/tabular-import/read-workbook";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import type { CellValue } from "@/lib/domain/tabular-import/cell-value";
import { AppError } from "@/lib/errors";
import { exportSites } from "@/lib/server/sites/export/export-sites";
import { importSites } from "@/lib/server/sites/import/import-sites";
import { listSites } from "@/lib/server/sites/list-sites";
import { createCity } from "@/tests/factories/city";
import { createDepartment } from "@/tests/factories/department";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createSite, ensureSiteTypes } from "@/tests/factories/site";
import { createUser } from "@/tests/factories/user";
import { uniqueSuffix } from "@/tests/factories/unique";

// Lets a test change the city after the file was checked and before the rows are written.
const between = vi.hoisted(() => ({ hook: null as null | (() => Promise<unknown>) }));
vi.mock("@/lib/server/sites/import/check-site-file", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/sites/import/check-site-file")>();
  return {
    checkSiteFile: async (...args: Parameters<typeof original.checkSiteFile>) => {
      const rows = await original.checkSiteFile(...args);
      await between.hook?.();
      return rows;
    },
  };
});

const HEADER = ["点位名称", "点位类型", "街道", "网格", "地址", "经度", "纬度", "包点单位", "点位编号"];

let s: CityScenario;
let types: { lane: string; market: string };
let unit: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  const suffix = uniqueSuffix();
  types = { lane: `背街小巷${suffix}`, market: `集贸市场${suffix}` };
  await ensureSiteTypes(db(), Object.values(types));
  unit = (await createDepartment(db(), { cityId: s.cityA.id, name: `市城管局${suffix}`, shortName: `城管${suffix}` })).name;
});

async function fileOf(rows: CellValue[][], header = HEADER, sheet = "点位") {
  return { name: "点位.xlsx", bytes: await writeWorkbook([{ kind: "table", name: sheet, columns: header.map((h) => ({ header: h })), rows }]) };
}

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(422);
  return ((error as AppError).details as { errors: Array<{ sheet: string; row: number | null; column: string | null; message: string }> }).errors;
}

const countOf = (cityId: string) => db().site.count({ where: { cityId } });

describe("importing sites", () => {
  it("previews without writing, then imports all rows with generated and given codes", async () => {
    const { cityA } = s;
    const rows: CellValue[][] = [
      ["人民路", types.lane, "雄关街道", "一网格", "人民路全段", 98.277312, "39.801623", unit, null],
      ["东湖农贸市场", types.market, "五一街道", null, null, null, null, unit, "M-01"],
      ["幸福巷", types.lane, "雄关街道", "二网格", null, "98.3", "39.8", unit, ""],
    ];
    const preview = await importSites(s.actors.cityAdminA, { file: await fileOf(rows), dryRun: true });
    expect(preview).toMatchObject({
      counts: { sites: 3, streets: 2, departments: 1 },
      types: [
        { name: types.lane, sites: 2 },
        { name: types.market, sites: 1 },
      ],
    });
    expect(preview.rows[1]).toEqual({
      row: 3,
      name: "东湖农贸市场",
      siteType: types.market,
      street: "五一街道",
      grid: null,
      responsibleDepartment: unit,
      code: "M-01",
    });
    expect(await countOf(cityA.id)).toBe(0);

    expect(await importSites(s.actors.cityAdminA, { file: await fileOf(rows), dryRun: false })).toEqual({ created: 3 });
    const { items } = await listSites(s.actors.cityAdminA, { pageSize: 10 });
    expect(items.map((item) => [item.code, item.name, item.longitude, item.latitude])).toEqual([
      ["D-0001", "人民路", "98.277312", "39.801623"],
      ["D-0002", "幸福巷", "98.3", "39.8"],
      ["M-01", "东湖农贸市场", null, null],
    ]);
    expect(await db().auditLog.count({ where: { action: "site.import", cityId: cityA.id } })).toBe(1);
  });

  it("lists every problem by row and column, with the closest type and unit, and writes nothing", async () => {
    const before = await countOf(s.cityA.id);
    const rows: CellValue[][] = [
      ["", types.lane.replace("背街", "背接"), null, null, null, "200", "39.8", unit.replace("市", ""), null],
      ["正常点位", types.market, null, null, null, null, "abc", "不存在的单位XYZ", "点位-1"],
      ["重复编号", types.market, null, null, null, null, null, unit, "M-01"],
      ["文件内重复", types.market, null, null, null, null, null, unit, "Q-1"],
      ["文件内重复2", types.market, null, null, null, null, null, unit, "q-1"],
    ];
    const errors = await problemsOf(importSites(s.actors.cityAdminA, { file: await fileOf(rows), dryRun: true }));
    expect(errors).toEqual([
      { sheet: "点位", row: 2, column: "点位名称", message: "请填写点位名称。" },
      { sheet: "点位", row: 2, column: "点位类型", message: expect.stringContaining(`您是不是要填“${types.lane}”`) },
      { sheet: "点位", row: 2, column: "经度", message: expect.stringContaining("-180 到 180") },
      { sheet: "点位", row: 2, column: "包点单位", message: expect.stringContaining(`您是不是要填“${unit}”`) },
      { sheet: "点位", row: 3, column: "纬度", message: expect.stringContaining("十进制数") },
      { sheet: "点位", row: 3, column: "包点单位", message: "包点单位“不存在的单位XYZ”不在本市单位名单中。" },
      { sheet: "点位", row: 3, column: "点位编号", message: expect.stringContaining("英文字母") },
      { sheet: "点位", row: 4, column: "点位编号", message: "本市已有编号为“M-01”的点位。" },
      { sheet: "点位", row: 6, column: "点位编号", message: "点位编号与第 5 行重复。" },
    ]);
    await problemsOf(importSites(s.actors.cityAdminA, { file: await fileOf(rows), dryRun: false }));
    expect(await countOf(s.cityA.id)).toBe(before);
  });

  it("names a missing column and a missing sheet; refuses an .xls and a missing file", async () => {
    const noUnit = await problemsOf(importSites(s.actors.cityAdminA, { file: await fileOf([["a", types.lane]], HEADER.slice(0, 7)), dryRun: true }));
    expect(noUnit).toEqual([{ sheet: "点位", row: 1, column: "包点单位", message: "缺少列“包点单位”。请使用模板的表头。" }]);
    const wrongSheet = await problemsOf(importSites(s.actors.cityAdminA, { file: await fileOf([["a"]], HEADER, "Sheet1"), dryRun: true }));
    expect(wrongSheet[0]).toMatchObject({ sheet: "点位", row: null, message: expect.stringContaining("缺少工作表") });
    const xls = { name: "旧.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) };
    await expect(importSites(s.actors.cityAdminA, { file: xls, dryRun: true })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(".xlsx"),
    });
    await expect(importSites(s.actors.cityAdminA, { file: undefined as never, dryRun: true })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { file: expect.any(Array) },
    });
  });

  it("checks the rows again in the transaction: a code taken and a unit deleted since the file was checked refuse the whole file", async () => {
    const doomed = await createDepartment(db(), { cityId: s.cityA.id, name: `市临时局${uniqueSuffix()}` });
    const rows: CellValue[][] = [
      ["新点位甲", types.lane, null, null, null, null, null, unit, "LATE-1"],
      ["新点位乙", types.lane, null, null, null, null, null, doomed.name, null],
    ];
    const before = await countOf(s.cityA.id);
    between.hook = async () => {
      const typeId = (await db().siteType.findUniqueOrThrow({ where: { name: types.lane } })).id;
      await createSite(db(), { cityId: s.cityA.id, responsibleDepartmentId: doomed.id, siteTypeId: typeId, code: "LATE-1" });
      await db().department.update({ where: { id: doomed.id }, data: { deletedAt: new Date() } });
    };
    try {
      const errors = await problemsOf(importSites(s.actors.cityAdminA, { file: await fileOf(rows), dryRun: false }));
      expect(errors).toEqual([
        { sheet: "点位", row: 2, column: "点位编号", message: "本市已有编号为“LATE-1”的点位。" },
        { sheet: "点位", row: 3, column: "包点单位", message: `单位“${doomed.name}”已不在本市单位名单中。` },
      ]);
    } finally {
      between.hook = null;
    }
    expect(await countOf(s.cityA.id)).toBe(before + 1);
  });

  it("is the office's job only", async () => {
    const file = await fileOf([["x", types.lane, null, null, null, null, null, unit, null]]);
    for (const actor of [s.actors.inspectorA, s.actors.supervisor, s.actors.liaisonA1, s.actors.systemAdmin]) {
      await expect(importSites(actor, { file, dryRun: true })).rejects.toMatchObject({ status: 403 });
    }
  });
});

describe("exporting sites", () => {
  it("round-trips into a fresh city: same names, types, streets, grids, coordinates, units and codes", async () => {
    const source = await createCityScenario(db());
    const department = await createDepartment(db(), { cityId: source.cityA.id, name: `市住建局${uniqueSuffix()}` });
    const typeMap = await ensureSiteTypes(db(), [types.lane, types.market]);
    await createSite(db(), {
      cityId: source.cityA.id,
      responsibleDepartmentId: department.id,
      siteTypeId: typeMap.get(types.lane)!.id,
      code: "D-0007",
      name: "解放路",
      street: "雄关街道",
      grid: "三网格",
      address: "解放路 1 号",
      longitude: "98.123456",
      latitude: "-39.5",
    });
    await createSite(db(), {
      cityId: source.cityA.id,
      responsibleDepartmentId: department.id,
      siteTypeId: typeMap.get(types.market)!.id,
      code: "M-9",
      name: "南市场",
    });
    await createSite(db(), {
      cityId: source.cityA.id,
      responsibleDepartmentId: department.id,
      siteTypeId: typeMap.get(types.market)!.id,
      code: "OLD-1",
      name: "已停用",
      deletedAt: new Date(),
    });
    const file = await exportSites(source.actors.cityAdminA);
    const workbook = await readWorkbook(file.bytes);
    expect(workbook.sheets[0].rows[0].cells).toEqual(HEADER);
    expect(workbook.sheets[0].rows).toHaveLength(3);

    const fresh = await createCity(db(), { provinceId: source.province.id });
    await createDepartment(db(), { cityId: fresh.id, name: department.name });
    const office = (await createUser(db(), { role: "CITY_ADMIN", cityId: fresh.id })).actor;
    expect(await importSites(office, { file: { name: file.fileName, bytes: file.bytes }, dryRun: false })).toEqual({ created: 2 });
    const strip = (items: Awaited<ReturnType<typeof listSites>>["items"]) =>
      items.map(({ code, name, siteType, street, grid, address, longitude, latitude, responsibleDepartment }) => ({
        code,
        name,
        type: siteType.name,
        street,
        grid,
        address,
        longitude,
        latitude,
        unit: responsibleDepartment.name,
      }));
    expect(strip((await listSites(office, {})).items)).toEqual(strip((await listSites(source.actors.cityAdminA, {})).items));
  });

  it("lets the supervisor export a city of its province by ?city= and no other", async () => {
    const file = await exportSites(s.actors.supervisor, { city: s.cityA.id });
    expect((await readWorkbook(file.bytes)).sheets[0].rows.length).toBeGreaterThan(1);
    const away = await createCityScenario(db());
    await expect(exportSites(s.actors.supervisor, { city: away.cityA.id })).rejects.toMatchObject({ status: 404 });
    await expect(exportSites(s.actors.cityAdminA, { city: s.cityB.id })).rejects.toMatchObject({ status: 404 });
    await expect(exportSites(s.actors.liaisonA1)).rejects.toMatchObject({ status: 403 });
  });
});
