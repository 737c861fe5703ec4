import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { LEDGER_COLUMNS, ledgerRowCells } from "./ledger-export-columns";
import { buildLedgerExportRows, type LedgerCriterion, type LedgerExportEntry } from "./ledger-export-rows";
import { UNLINKED_FOLDER, onlineSubmissionFiles, safePathSegment } from "./online-submission-files";
import { writeLedgerWorkbook } from "./write-ledger-workbook";

const ads: LedgerCriterion = {
  code: "C02-01-1",
  name: "主次干道每200米至少1处公益广告",
  category: "社会主义核心价值观宣传",
  content: "道路公益广告",
  onlineSubmissionRule: "300字报告；5张以上照片",
};
const litter: LedgerCriterion = {
  code: "C06-01-1",
  name: "无乱扔、乱贴、乱涂、乱搭建",
  category: "公共环境",
  content: "道路街巷环境",
  onlineSubmissionRule: null,
};
const later: LedgerCriterion = { ...litter, code: "C02-01-10", name: "后加的标准" };

const JPEG = "image/jpeg";
const PDF = "application/pdf";
const photo = (originalName: string, contentHash: string, mimeType = JPEG) => ({ originalName, mimeType, contentHash });

function entry(fields: Partial<LedgerExportEntry> & { id: string }): LedgerExportEntry {
  return {
    effectiveDate: "2026-05-01",
    text: "开展巡查",
    reviewStatus: "PENDING",
    department: "市城管局",
    task: { title: "公益广告设置", responsiblePerson: "王建国", criteria: [] },
    evidence: [],
    ...fields,
  };
}

describe("ledger export rows", () => {
  it("gives one row per criterion the task serves, in the office's column order", () => {
    const rows = buildLedgerExportRows([
      entry({
        id: "e1",
        task: { title: "公益广告设置", responsiblePerson: "王建国", criteria: [litter, ads] },
        evidence: [photo("现场照片-01.jpg", "a"), photo("方案.html", "b", PDF)],
      }),
    ]);
    expect(rows.map((row) => row.criterion?.code)).toEqual(["C02-01-1", "C06-01-1"]);
    expect(LEDGER_COLUMNS.map((column) => column.header)).toEqual([
      "指标名称",
      "测评内容",
      "测评标准",
      "网上申报具体规定",
      "责任单位",
      "负责人",
      "任务",
      "日期",
      "工作内容",
      "审核状态",
      "佐证材料",
    ]);
    expect(ledgerRowCells(rows[0])).toEqual([
      "社会主义核心价值观宣传",
      "道路公益广告",
      "C02-01-1 主次干道每200米至少1处公益广告",
      "300字报告；5张以上照片",
      "市城管局",
      "王建国",
      "公益广告设置",
      "2026-05-01",
      "开展巡查",
      "待审核",
      // 方案.html was stored as a PDF: the list names it by what it is.
      "现场照片-01.jpg、方案.pdf",
    ]);
    expect(ledgerRowCells(rows[1])[3]).toBe("");
  });

  it("leaves the indicator columns blank for a task serving no criterion, and lists it last", () => {
    const rows = buildLedgerExportRows([
      entry({ id: "e1", reviewStatus: "ACCEPTED", task: { title: "无标准任务", responsiblePerson: null, criteria: [] } }),
      entry({ id: "e2", reviewStatus: "RETURNED", task: { title: "有标准任务", responsiblePerson: "李", criteria: [litter] } }),
    ]);
    expect(rows).toHaveLength(2);
    expect(ledgerRowCells(rows[1]).slice(0, 6)).toEqual(["", "", "", "", "市城管局", ""]);
    expect(rows.map((row) => row.status)).toEqual(["已退回", "已通过"]);
  });

  // Departments in code-point order: 市住建局 (住 U+4F4F) before 市城管局 (城 U+57CE).
  it("orders by criterion code (numbers as numbers), then date, then department", () => {
    const criteria = [later, ads];
    const rows = buildLedgerExportRows([
      entry({ id: "e1", effectiveDate: "2026-05-02", department: "市住建局", task: { title: "t", responsiblePerson: null, criteria } }),
      entry({ id: "e2", effectiveDate: "2026-05-02", department: "市城管局", task: { title: "t", responsiblePerson: null, criteria } }),
      entry({ id: "e3", effectiveDate: "2026-04-30", department: "市住建局", task: { title: "t", responsiblePerson: null, criteria } }),
    ]);
    expect(rows.map((row) => `${row.criterion!.code} ${row.entryId}`)).toEqual([
      "C02-01-1 e3",
      "C02-01-1 e1",
      "C02-01-1 e2",
      "C02-01-10 e3",
      "C02-01-10 e1",
      "C02-01-10 e2",
    ]);
  });

  it("writes one sheet 工作台账 that reads back with the same header and cells", async () => {
    const rows = buildLedgerExportRows([entry({ id: "e1", task: { title: "任务", responsiblePerson: "王", criteria: [ads] } })]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeLedgerWorkbook(rows)).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["工作台账"]);
    const sheet = workbook.getWorksheet("工作台账")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(LEDGER_COLUMNS.map((column) => column.header));
    const cells = LEDGER_COLUMNS.map((_, i) => sheet.getRow(2).getCell(i + 1).value ?? "");
    expect(cells).toEqual(ledgerRowCells(rows[0]));
    expect(sheet.getRow(2).getCell(11).value).toBeNull();
    expect(sheet.getRow(2).getCell(9).alignment).toMatchObject({ wrapText: true });
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });
});

describe("online submission files", () => {
  it("folders evidence by criterion code, unlinked last, with unique dated names", () => {
    const files = onlineSubmissionFiles([
      entry({
        id: "e1",
        effectiveDate: "2026-05-03",
        task: { title: "t", responsiblePerson: null, criteria: [litter, ads] },
        evidence: [photo("现场照片-01.jpg", "h1")],
      }),
      entry({
        id: "e2",
        effectiveDate: "2026-05-03",
        task: { title: "t", responsiblePerson: null, criteria: [ads] },
        evidence: [photo("现场照片-01.jpg", "h2"), photo("现场照片-01.JPG", "h3")],
      }),
      entry({ id: "e3", effectiveDate: "2026-04-01", evidence: [photo("a/b:c.pdf", "h4", PDF)] }),
    ]);
    expect(files).toEqual([
      { path: "C02-01-1 主次干道每200米至少1处公益广告/2026-05-03_市城管局_现场照片-01.jpg", contentHash: "h1" },
      { path: "C02-01-1 主次干道每200米至少1处公益广告/2026-05-03_市城管局_现场照片-01 (2).jpg", contentHash: "h2" },
      { path: "C02-01-1 主次干道每200米至少1处公益广告/2026-05-03_市城管局_现场照片-01 (3).JPG", contentHash: "h3" },
      { path: "C06-01-1 无乱扔、乱贴、乱涂、乱搭建/2026-05-03_市城管局_现场照片-01.jpg", contentHash: "h1" },
      { path: `${UNLINKED_FOLDER}/2026-04-01_市城管局_a_b_c.pdf`, contentHash: "h4" },
    ]);
  });

  it("writes a file once per folder however many entries refer to it, named by its earliest reference", () => {
    const criteria = [ads];
    const files = onlineSubmissionFiles([
      entry({
        id: "e1",
        effectiveDate: "2026-05-03",
        department: "市城管局",
        task: { title: "t", responsiblePerson: null, criteria },
        evidence: [photo("同一张.jpg", "h1")],
      }),
      entry({
        id: "e2",
        effectiveDate: "2026-05-01",
        department: "市住建局",
        task: { title: "t", responsiblePerson: null, criteria },
        evidence: [photo("同一张.jpg", "h1")],
      }),
      entry({ id: "e3", effectiveDate: "2026-05-02", task: { title: "t", responsiblePerson: null, criteria: [litter] }, evidence: [photo("x.jpg", "h1")] }),
    ]);
    expect(files).toEqual([
      { path: "C02-01-1 主次干道每200米至少1处公益广告/2026-05-01_市住建局_同一张.jpg", contentHash: "h1" },
      { path: "C06-01-1 无乱扔、乱贴、乱涂、乱搭建/2026-05-02_市城管局_x.jpg", contentHash: "h1" },
    ]);
  });

  it("names each file by its stored kind, keeps the extension when shortening, and never leaves its folder", () => {
    const files = onlineSubmissionFiles([
      entry({
        id: "e1",
        evidence: [
          photo("report.html", "h1", PDF),
          photo("setup.exe", "h2"),
          photo("../../etc/passwd", "h3"),
          photo("..\\..\\x.pdf", "h4", PDF),
          photo(`${"长".repeat(120)}.pdf`, "h5", PDF),
          photo("a\u0000b\u202Egpj.exe", "h6"),
        ],
      }),
    ]);
    const names = files.map((file) => file.path.split("/"));
    expect(names.every((segments) => segments.length === 2 && segments[0] === UNLINKED_FOLDER)).toBe(true);
    expect(names.map(([, name]) => name)).toEqual([
      "2026-05-01_市城管局_report.pdf",
      "2026-05-01_市城管局_setup.jpg",
      "2026-05-01_市城管局_.._.._etc_passwd.jpg",
      "2026-05-01_市城管局_.._.._x.pdf",
      `2026-05-01_市城管局_${"长".repeat(80 - "2026-05-01_市城管局_".length - ".pdf".length)}.pdf`,
      "2026-05-01_市城管局_a_b_gpj.jpg",
    ]);
  });

  it("makes names safe for every file system", () => {
    expect(safePathSegment('..a<b>?"|*.  ')).toBe("_a_b_____");
    expect(safePathSegment("")).toBe("file");
    expect([...safePathSegment("长".repeat(200))]).toHaveLength(80);
  });
});
