import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { AppError } from "@/lib/errors";
import { importEdition } from "@/lib/server/indicators/import/import-edition";
import { createUser } from "@/tests/factories/user";
import { SAMPLE_YAML, readEditionYaml, uniqueCode, withCode, xlsxFileOf, yamlFileOf } from "@/tests/fixtures/editions/edition-files";

let admin: Actor;
beforeAll(async () => {
  admin = (await createUser(db(), { role: "SYSTEM_ADMIN" })).actor;
});

const HEADER = [
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
];
const ok = (code: string) => [
  "C01",
  "公共环境",
  "C01-01",
  "道路环境",
  code,
  "无乱扔乱贴",
  2,
  "实地考察",
  "扣分制",
  "perFinding=0.5",
  "主次干道",
  "市城管局",
  null,
  "否",
  null,
  7,
];
const change = (code: string, column: string, value: ExcelJS.CellValue) => {
  const row = ok(code);
  row[HEADER.indexOf(column)] = value as never;
  return row;
};

/** Ten rows, each with one different mistake, between valid rows. */
const TEN_MISTAKES: Array<[ExcelJS.CellValue[], string, RegExp]> = [
  [change("E01", "分值", null), "分值", /分值不能为空/],
  [change("E02", "分值", -1), "分值", /分值须为大于 0 的数/],
  [change("E03", "测评方法", "现场检查"), "测评方法", /未知的测评方法“现场检查”/],
  [change("E04", "评分规则", "百分制"), "评分规则", /未知的评分规则“百分制”/],
  [ok("OK1"), "测评标准编码", /测评标准编码重复：“OK1”已在第 2 行使用/],
  [change("E06", "规则参数", ""), "规则参数", /扣分制须填写每处扣分 perFinding/],
  [[...change("E07", "评分规则", "按比例").slice(0, 9), "cap=3", ...ok("E07").slice(10)], "规则参数", /按比例不需要规则参数/],
  [change("E08", "一票否决", "Y"), "一票否决", /一票否决应填写“是”或“否”/],
  [change("E09", "测评标准", "  "), "测评标准", /测评标准不能为空/],
  [change("E10", "整改时限(天)", -5), "整改时限(天)", /整改时限不能为负数/],
];

async function workbook(code: string, rows: ExcelJS.CellValue[][]) {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("版本信息").addRows([
    ["名称", "有错误的测评体系"],
    ["编码", code],
  ]);
  const sheet = book.addWorksheet("测评体系");
  sheet.addRow(HEADER);
  sheet.addRows(rows);
  return { name: "有错误.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

// What this file's import could have written: rows of its own edition code and audit entries of
// its own admin (global counts would see other test files writing on a shared PostgreSQL).
const counts = (code: string) =>
  Promise.all([
    db().indicatorEdition.count({ where: { code } }),
    db().indicatorCategory.count({ where: { edition: { code } } }),
    db().indicatorContent.count({ where: { edition: { code } } }),
    db().criterion.count({ where: { edition: { code } } }),
    db().auditLog.count({ where: { actorId: admin.id } }),
  ]);

async function importError(file: { name: string; bytes: Uint8Array }): Promise<AppError & { details: { errors: Array<Record<string, unknown>> } }> {
  const error = await importEdition(admin, { file }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ code: "IMPORT_INVALID", status: 422 });
  return error as never;
}

describe("a file with ten different mistakes", () => {
  it("reports all ten with their rows and columns, and imports nothing", async () => {
    const rows = [ok("OK1"), ...TEN_MISTAKES.map(([row]) => row), ok("OK2")];
    const code = uniqueCode("TEN");
    const before = await counts(code);
    const error = await importError(await workbook(code, rows));
    expect(await counts(code)).toEqual(before);
    expect(error.message).toContain("10 处问题");
    expect(error.details.errors).toHaveLength(10);
    TEN_MISTAKES.forEach(([, column, message], index) => {
      expect(error.details.errors[index]).toEqual({ sheet: "测评体系", row: index + 3, column, message: expect.stringMatching(message) });
    });
  });

  it("is not imported by a dry run either", async () => {
    const rows = [ok("OK1"), ...TEN_MISTAKES.map(([row]) => row)];
    const error = await importEdition(admin, { file: await workbook(uniqueCode("TEN"), rows), dryRun: true }).catch((caught) => caught);
    expect(error.details.errors).toHaveLength(10);
  });
});

describe("mistakes only the whole file shows", () => {
  it("a taken edition code, names that differ for one code, a content code under two categories", async () => {
    const taken = uniqueCode("TAKEN");
    await importEdition(admin, { file: yamlFileOf(withCode(readEditionYaml(SAMPLE_YAML), taken)) });
    const rows = [
      ok("A1"),
      [...ok("A2").slice(0, 1), "公共秩序", ...ok("A2").slice(2)],
      ["C02", "窗口服务", "C01-01", "道路环境", ...ok("A3").slice(4)],
      [...ok("A4").slice(0, 3), "道路与街巷", ...ok("A4").slice(4)],
    ];
    const error = await importError(await workbook(taken, rows));
    expect(error.details.errors).toEqual([
      { sheet: "版本信息", row: 2, column: "编码", message: expect.stringContaining(`版本编码“${taken}”已被`) },
      { sheet: "测评体系", row: 3, column: "测评项目", message: "测评项目“C01”的名称与第 2 行不一致：“公共秩序”≠“公共环境”。" },
      { sheet: "测评体系", row: 4, column: "测评内容编码", message: "测评内容编码重复：“C01-01”已在第 2 行用于测评项目“C01”。" },
      { sheet: "测评体系", row: 5, column: "测评内容", message: "测评内容“C01-01”的名称与第 2 行不一致：“道路与街巷”≠“道路环境”。" },
    ]);
  });

  it("missing sheets and columns", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("测评体系").addRows([HEADER.filter((header) => header !== "分值" && header !== "评分规则"), ok("X")]);
    const error = await importError({ name: "缺列.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) });
    expect(error.details.errors).toEqual([
      { sheet: "版本信息", row: null, column: null, message: expect.stringContaining("缺少工作表“版本信息”") },
      { sheet: "测评体系", row: 1, column: "分值", message: "缺少列“分值”。请使用模板的表头。" },
      { sheet: "测评体系", row: 1, column: "评分规则", message: "缺少列“评分规则”。请使用模板的表头。" },
    ]);
  });

  it("YAML problems name the criterion and the field path", async () => {
    const text = [
      "edition: 有错误的YAML",
      `code: ${uniqueCode("Y")}`,
      "categories:",
      "  - {code: A, name: 甲, contents: [{code: A-1, name: 乙, criteria: [",
      "      {code: X1, name: 丙, points: 0, method: FIELD, rubric: {kind: DEDUCT}},",
      "      {code: X2, name: 丁, points: 1, method: 走访, rubric: {kind: THRESHOLD, target: 5, direction: UP}, veto: 1, lead_dept: 市城管局}]}]}",
      "  - {code: A, name: 甲, contents: [{code: A-2, name: 戊, criteria: [{code: X1, name: 己, points: 1, method: DATA, rubric: {kind: PASS_FAIL}}]}]}",
    ].join("\n");
    const error = await importError({ name: "edition.yaml", bytes: new TextEncoder().encode(text) });
    const path = "categories[0].contents[0].criteria";
    expect(error.details.errors).toEqual([
      { sheet: "YAML", row: null, column: "categories[1].code", message: "测评项目编码重复：“A”已在 categories[0].code 使用。" },
      { sheet: "YAML", row: 1, column: `${path}[0].points`, message: expect.stringContaining("分值须为大于 0 的数") },
      { sheet: "YAML", row: 1, column: `${path}[0].rubric`, message: expect.stringContaining("扣分制须填写每处扣分 perFinding") },
      { sheet: "YAML", row: 2, column: `${path}[1].lead_dept`, message: expect.stringContaining("未知字段“lead_dept”") },
      { sheet: "YAML", row: 2, column: `${path}[1].method`, message: expect.stringContaining("未知的测评方法“走访”") },
      { sheet: "YAML", row: 2, column: `${path}[1].rubric`, message: expect.stringContaining("direction 须为 AT_LEAST") },
      { sheet: "YAML", row: 2, column: `${path}[1].veto`, message: expect.stringContaining("一票否决应填写") },
      { sheet: "YAML", row: 3, column: "categories[1].contents[0].criteria[0].code", message: `测评标准编码重复：“X1”已在第 1 条测评标准（${path}[0]）使用。` },
    ]);
  });
});

describe("files that are not edition files", () => {
  it("an old .xls asks for .xlsx in Chinese, whatever its name", async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    for (const name of ["测评体系.xls", "改了扩展名.xlsx"]) {
      const error = await importError({ name, bytes: ole2 });
      expect(error.message).toMatch(/旧版 Excel 97-2003 工作簿（\.xls）.*另存为.*\.xlsx/);
      expect(error.details.errors).toEqual([{ sheet: name, row: null, column: null, message: error.message }]);
    }
  });

  it("a damaged workbook, an unknown type, broken YAML", async () => {
    expect((await importError({ name: "坏.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) })).message).toContain("无法读取该工作簿");
    expect((await importError({ name: "a.csv", bytes: new TextEncoder().encode("a,b") })).message).toContain("无法识别的文件类型");
    const yaml = await importError({ name: "a.yaml", bytes: new TextEncoder().encode("edition: [unclosed\ncode: X") });
    expect(yaml.details.errors[0]).toMatchObject({ sheet: "YAML", message: expect.stringContaining("YAML 格式错误（第") });
  });

  it("a missing file is a field error", async () => {
    await expect(importEdition(admin, { file: undefined as never })).rejects.toMatchObject({ status: 422, fieldErrors: { file: ["请选择要导入的文件。"] } });
  });
});

it("the exporter's own file with a taken code is refused as a whole", async () => {
  const code = uniqueCode("TWICE");
  const file = await xlsxFileOf(withCode(readEditionYaml(SAMPLE_YAML), code));
  await importEdition(admin, { file });
  const error = await importError(file);
  expect(error.details.errors).toEqual([{ sheet: "版本信息", row: 2, column: "编码", message: expect.stringContaining(code) }]);
});
