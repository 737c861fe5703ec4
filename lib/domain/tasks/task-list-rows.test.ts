import { describe, expect, it } from "vitest";
import { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import { readWorkbook } from "@/lib/domain/tabular-import/read-workbook";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import type { TaskListContext } from "./task-list-context";
import { parseTaskListFile } from "./task-list-file";
import { TASK_LIST_COLUMNS } from "./task-list-layout";
import { readTaskListWorkbook } from "./task-list-rows";
import { taskListSheet } from "./task-workbook";
import { taskListTemplateSheets } from "./task-workbook-template";

const HEADER = TASK_LIST_COLUMNS.map((column) => column.header);
const context: TaskListContext = {
  actions: [{ id: "act1", name: "市容环境整治行动", titles: ["已有任务"] }],
  departments: [
    { id: "d1", name: "市城管局", shortName: "城管" },
    { id: "d2", name: "市住建局", shortName: null },
    { id: "d3", name: "市交通运输局", shortName: null },
  ],
  criteria: new Map([
    ["C01", "c1"],
    ["C02", "c2"],
    ["C03", "c3"],
  ]),
  excludedCodes: new Set(["C03"]),
};

async function read(rows: unknown[][]) {
  const bytes = await writeWorkbook([{ kind: "rows", name: "任务清单", rows: [HEADER, ...rows] as never }]);
  const problems = new ProblemList();
  const parsed = readTaskListWorkbook(await readWorkbook(bytes), context, problems);
  return { parsed, problems: problems.list() };
}

describe("reading a task list", () => {
  it("resolves names, dates, periods and codes", async () => {
    const { parsed, problems } = await read([
      ["市容环境整治行动", "道路保洁", "内容", "目标", "城管", "市住建局、市交通运输局，市住建局", "张三", "2026/6/30", null, "C01, C02"],
      ["新行动", "月度巡查", null, null, "市住建局", null, null, null, "月", null],
    ]);
    expect(problems).toEqual([]);
    expect(parsed).toEqual([
      {
        row: 2,
        actionName: "市容环境整治行动",
        title: "道路保洁",
        description: "内容",
        target: "目标",
        leadDepartmentId: "d1",
        leadDepartmentName: "市城管局",
        coDepartments: [
          { id: "d2", name: "市住建局" },
          { id: "d3", name: "市交通运输局" },
        ],
        responsiblePerson: "张三",
        deadline: "2026-06-30",
        recurrence: "NONE",
        criteria: [
          { id: "c1", code: "C01" },
          { id: "c2", code: "C02" },
        ],
      },
      expect.objectContaining({ row: 3, actionName: "新行动", deadline: null, recurrence: "MONTHLY", coDepartments: [], criteria: [] }),
    ]);
  });

  it("lists every mistake with its row and column", async () => {
    const { parsed, problems } = await read([
      ["市容环境整治行动", null, null, null, "城管局", null, null, "2026-06-30", null, null],
      ["市容环境整治行动", "甲", null, null, "市城管局", "市城管局、气象台", null, "6月底", "每年", "C09、C03"],
      ["市容环境整治行动", "乙", null, null, "市城管局", null, null, null, null, null],
      ["市容环境整治行动", "丙", null, null, "市城管局", null, null, "2026-06-30", "每周", null],
      ["市容环境整治行动", "丙", null, null, "市城管局", null, null, "2026-06-30", null, null],
      ["市容环境整治行动", "已有任务", null, null, "市城管局", null, null, "2026-06-30", null, null],
    ]);
    expect(parsed.map((row) => row.row)).toEqual([6, 7]);
    expect(problems.map(({ row, column, message }) => [row, column, message])).toEqual([
      [2, "任务名称", "请填写任务名称。"],
      [2, "牵头单位", "牵头单位“城管局”不在本市单位名单中。您是不是要填“市城管局”？"],
      [3, "配合单位", "牵头单位“市城管局”不应同时列为配合单位。"],
      [3, "配合单位", "配合单位“气象台”不在本市单位名单中，请按本市责任单位的名称填写。"],
      [3, "完成时限", expect.stringContaining("“6月底”不是有效日期")],
      [3, "周期", "周期“每年”无法识别，请填写 每周、每月 或 每季度。"],
      [3, "对应测评标准编码", "测评标准编码“C09”不在本市采用的测评体系中（也不是本市的本地标准）。"],
      [3, "对应测评标准编码", "测评标准“C03”在本市已设为不适用。"],
      [4, "完成时限", "请填写完成时限或周期（二选一）。"],
      [5, "周期", expect.stringContaining("只能填写一项")],
      [6, "任务名称", "与第 5 行重复：同一行动“市容环境整治行动”下已有任务“丙”。"],
      [7, "任务名称", expect.stringContaining("已有任务“已有任务”，请勿重复导入")],
    ]);
  });

  it("names a missing sheet or column", async () => {
    const problems = new ProblemList();
    const bytes = await writeWorkbook([{ kind: "rows", name: "任务清单", rows: [HEADER.slice(0, 9)] }]);
    expect(readTaskListWorkbook(await readWorkbook(bytes), context, problems)).toEqual([]);
    expect(problems.list()).toEqual([{ sheet: "任务清单", row: 1, column: "对应测评标准编码", message: "缺少列“对应测评标准编码”。请使用模板的表头。" }]);
    const other = new ProblemList();
    readTaskListWorkbook(await readWorkbook(await writeWorkbook([{ kind: "rows", name: "Sheet1", rows: [["a"]] }])), context, other);
    expect(other.list()[0].message).toContain("缺少工作表“任务清单”");
  });

  it("refuses an .xls with the save-as message, and reads the written layout back", async () => {
    const xls = await parseTaskListFile({ name: "清单.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) }, context);
    expect(xls.problems.list()[0].message).toContain("另存为");
    const written = await writeWorkbook([
      taskListSheet(
        [
          {
            action: "市容环境整治行动",
            title: "写出再读入",
            description: null,
            target: null,
            lead: "市城管局",
            co: ["市住建局"],
            responsible: null,
            deadline: "2026-12-31",
            recurrence: "NONE",
            criteria: ["C01"],
          },
        ],
        5,
      ),
    ]);
    const back = await parseTaskListFile({ name: "a.xlsx", bytes: written }, context);
    expect(back.problems.list()).toEqual([]);
    expect(back.rows[0]).toMatchObject({ title: "写出再读入", deadline: "2026-12-31", coDepartments: [{ id: "d2" }], criteria: [{ code: "C01" }] });
  });

  it("has a template whose header is the layout, with instructions", async () => {
    const workbook = await readWorkbook(await writeWorkbook(taskListTemplateSheets()));
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["任务清单", "填写说明"]);
    expect(workbook.sheets[0].rows[0].cells).toEqual(HEADER);
    expect(workbook.sheets[0].rows.length).toBe(3);
  });
});
