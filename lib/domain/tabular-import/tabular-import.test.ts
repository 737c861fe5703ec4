import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { normalizeCell, normalizeHeader, textOf } from "./cell-value";
import { contentDisposition } from "./content-disposition";
import { detectFileKind } from "./detect-file-kind";
import { ProblemList } from "./import-problem";
import { findSheet, readKeyValues, readTable } from "./read-table";
import { readWorkbook, UnreadableWorkbookError } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";
import { ooxmlBytes } from "@/tests/fixtures/evidence/evidence-files";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("detectFileKind", () => {
  it("trusts the content over the name", () => {
    expect(detectFileKind({ name: "a.xlsx", bytes: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1) })).toBe("xls");
    expect(detectFileKind({ name: "a.xls", bytes: bytes(0x50, 0x4b, 0x03, 0x04) })).toBe("xlsx");
    expect(detectFileKind({ name: "a.JSON", bytes: bytes(0x7b) })).toBe("json");
    expect(detectFileKind({ name: "a.yml", bytes: bytes(0x61) })).toBe("yaml");
    expect(detectFileKind({ name: "upload", bytes: new TextEncoder().encode(' {"a":1}') })).toBe("json");
    expect(detectFileKind({ name: "a.csv", bytes: bytes(0x61) })).toBe("unknown");
  });
});

describe("cells and headers", () => {
  it("reduce rich text, formulas and hyperlinks to their value", () => {
    expect(normalizeCell({ richText: [{ text: "甲" }, { text: "乙" }] })).toBe("甲乙");
    expect(normalizeCell({ formula: "1+1", result: 2 })).toBe(2);
    expect(normalizeCell({ text: "链接", hyperlink: "http://x" })).toBe("链接");
    expect(normalizeCell(undefined)).toBeNull();
    expect(textOf(12.5)).toBe("12.5");
    expect(textOf(["a"])).toBeUndefined();
    expect(normalizeHeader(" 整改时限（天）* ")).toBe("整改时限(天)");
  });
});

describe("ProblemList", () => {
  it("lists each problem once, by sheet order and row", () => {
    const problems = new ProblemList(["甲", "乙"]);
    problems.add({ sheet: "乙", row: 5, column: "A" }, "五");
    problems.add({ sheet: "乙", row: 2, column: "A" }, "二");
    problems.add({ sheet: "乙", row: 2, column: "A" }, "二");
    problems.add({ sheet: "甲", row: null, column: null }, "表");
    expect(problems.count).toBe(3);
    expect(problems.list().map((problem) => problem.message)).toEqual(["表", "二", "五"]);
  });
});

describe("reading sheets", () => {
  it("finds columns by header text and locates every cell by Excel row", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet(" 清单 ").addRows([["说明", "值"], [], ["值 ", "编码", "多余"], ["1", "A"], [], ["2", "B"]]);
    const workbook = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
    const sheet = findSheet(workbook.sheets, "清单")!;
    const keyValues = readKeyValues(sheet);
    expect(keyValues.get("值")).toEqual({ value: "编码", row: 3 });
    const problems = new ProblemList();
    const rows = readTable(
      { ...sheet, rows: sheet.rows.slice(1) },
      [
        { key: "code", header: "编码" },
        { key: "value", header: "值" },
        { key: "note", header: "备注", isOptional: true },
      ],
      problems,
    );
    expect(problems.list()).toEqual([]);
    expect(rows.map((row) => [row.row, row.value("code"), row.value("value"), row.value("note")])).toEqual([
      [4, "A", "1", null],
      [6, "B", "2", null],
    ]);
    expect(rows[1].locate("code")).toEqual({ sheet: "清单", row: 6, column: "编码" });
  });

  it("reports a missing column once, on the header row", async () => {
    const workbook = await readWorkbook(await writeWorkbook([{ kind: "table", name: "表", columns: [{ header: "甲" }], rows: [["1"]] }]));
    const problems = new ProblemList();
    expect(
      readTable(
        workbook.sheets[0],
        [
          { key: "a", header: "甲" },
          { key: "b", header: "乙" },
        ],
        problems,
      ),
    ).toEqual([]);
    expect(problems.list()).toEqual([{ sheet: "表", row: 1, column: "乙", message: "缺少列“乙”。请使用模板的表头。" }]);
  });

  it("refuses a damaged workbook", async () => {
    await expect(readWorkbook(bytes(0x50, 0x4b, 0x03, 0x04, 0))).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });

  it("reads only a macro-free Excel package, judged by its central directory before inflating", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("表").addRow(["甲"]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    await expect(readWorkbook(xlsx)).resolves.toMatchObject({ sheets: [{ name: "表" }] });
    await expect(readWorkbook(await ooxmlBytes("word"))).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(readWorkbook(await ooxmlBytes("xl", ["xl/vbaProject.bin"]))).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name (RFC 5987)", () => {
    expect(contentDisposition("测评体系（2026）.xlsx", "SAMPLE.xlsx")).toBe(
      "attachment; filename=\"SAMPLE.xlsx\"; filename*=UTF-8''%E6%B5%8B%E8%AF%84%E4%BD%93%E7%B3%BB%EF%BC%882026%EF%BC%89.xlsx",
    );
    expect(contentDisposition('a/b:"c".yaml', "a/b.yaml")).toBe("attachment; filename=\"a_b.yaml\"; filename*=UTF-8''a_b__c_.yaml");
  });
});
