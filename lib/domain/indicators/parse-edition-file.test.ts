import { describe, expect, it } from "vitest";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import { criteriaOf, type EditionData } from "./edition-data";
import { formatEditionYaml } from "./edition-document";
import { editionTemplateSheets, TEMPLATE_EXAMPLE } from "./edition-template";
import { editionSheets } from "./edition-workbook";
import { parseEditionFile } from "./parse-edition-file";

const text = (value: string) => new TextEncoder().encode(value);

describe("parseEditionFile", () => {
  it("reads back what the exporter writes, in both formats, including descriptions", async () => {
    const edition: EditionData = { ...structuredClone(TEMPLATE_EXAMPLE), description: "说明" };
    edition.categories[0].contents[0].criteria[0] = { ...edition.categories[0].contents[0].criteria[0], description: "每条路抽查100米" };
    const xlsx = await parseEditionFile({ name: "a.xlsx", bytes: await writeWorkbook(editionSheets(edition)) });
    const yaml = await parseEditionFile({ name: "a.yml", bytes: text(formatEditionYaml(edition, "注释")) });
    for (const result of [xlsx, yaml]) {
      expect(result.problems.list()).toEqual([]);
      expect(result.edition).toEqual(edition);
    }
  });

  it("reads the template, whose example rows are valid", async () => {
    const result = await parseEditionFile({ name: "template.xlsx", bytes: await writeWorkbook(editionTemplateSheets()) });
    expect(result.problems.list()).toEqual([]);
    expect(criteriaOf(result.edition!).map((c) => c.rubricKind)).toEqual(["DEDUCT", "PROPORTION", "THRESHOLD", "GRADED", "PASS_FAIL"]);
  });

  it("knows files by their content: .xls, workbooks, JSON, YAML", async () => {
    const xls = await parseEditionFile({ name: "a.xlsx", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    expect(xls.format).toBeNull();
    expect(xls.problems.list()[0].message).toContain("Excel 97-2003");
    const json = await parseEditionFile({ name: "a.json", bytes: text('{"edition": "甲", "code": "J"}') });
    expect(json.format).toBe("json");
    expect(json.problems.list()).toEqual([{ sheet: "JSON", row: null, column: "categories", message: "缺少 categories：至少要有一个测评项目。" }]);
    expect((await parseEditionFile({ name: "a.yaml", bytes: new Uint8Array() })).problems.list()[0].message).toBe("文件是空的。");
  });

  it("reads a UTF-8 YAML file with a byte-order mark", async () => {
    const body =
      "\uFEFFedition: 甲\ncode: B\ncategories:\n  - {code: A, name: 乙, contents: [{code: A1, name: 丙, criteria: [{code: X, name: 丁, points: 1, method: DATA, rubric: {kind: PASS_FAIL}}]}]}\n";
    const result = await parseEditionFile({ name: "bom.yaml", bytes: text(body) });
    expect(result.problems.list()).toEqual([]);
    expect(result.edition?.code).toBe("B");
  });
});
