import type { WriteSheet } from "@/lib/domain/tabular-import/write-workbook";
import { RECURRENCE_LABELS, TASK_LIST_INSTRUCTIONS_SHEET } from "./task-list-layout";
import { taskListSheet, type TaskSheetRow } from "./task-workbook";

/** Example rows: a one-off task and a recurring one, each valid once the names are the city's. */
export const TEMPLATE_EXAMPLES: TaskSheetRow[] = [
  {
    action: "市容环境整治行动",
    title: "主次干道占道经营集中整治",
    description: "对主次干道、背街小巷占道经营、乱堆乱放开展集中整治，建立长效巡查机制。",
    target: "主次干道占道经营问题清零",
    lead: "市城管局",
    co: ["市市场监管局", "市公安局交警支队"],
    responsible: "张三",
    deadline: "2026-06-30",
    recurrence: "NONE",
    criteria: ["C01-01-1"],
  },
  {
    action: "公益广告提质行动",
    title: "公益广告巡查与更新",
    description: "每月巡查公益广告，破损、褪色的及时更换。",
    target: "公益广告新增 120 处",
    lead: "市委宣传部",
    co: [],
    responsible: "李四",
    deadline: null,
    recurrence: "MONTHLY",
    criteria: ["C01-01-2", "C02-01-2"],
  },
];

const COLUMN_HELP: Array<[string, string, string]> = [
  ["行动", "必填", "所属行动的名称，如“市容环境整治行动”。与年度实施方案中已有行动同名的归入该行动；新的名称会新建行动（预览中列出）。"],
  ["任务名称", "必填", "不超过 200 字。同一行动下任务名称不能重复，也不能与系统中该行动已有的任务重名（防止重复导入）。"],
  ["任务内容", "选填", "任务的具体内容，不超过 2000 字。"],
  ["工作目标", "选填", "可衡量的目标，如“公益广告新增 120 处”，不超过 500 字。"],
  ["牵头单位", "必填", "一个单位，名称须与本市“责任单位”名单中的名称或简称完全一致，如 市城管局。"],
  ["配合单位", "选填", "多个单位用“、”或“,”或“，”分隔；名称要求同牵头单位；牵头单位不要重复填在这里。"],
  ["责任人", "选填", "姓名，不超过 50 字。"],
  ["完成时限", "二选一", "一次性任务的完成日期：Excel 日期，或文字 2026-06-30、2026/6/30、2026年6月30日。"],
  [
    "周期",
    "二选一",
    `经常性任务的周期：${Object.values(RECURRENCE_LABELS).join(" / ")}。系统按年度生成每一期（周一至周日为一周），每期最后一天为期限。每行只能填完成时限或周期中的一项。`,
  ],
  ["对应测评标准编码", "选填", "该任务服务的测评标准编码，多个用“、”或“,”或“，”分隔；须为本市采用的测评体系中的标准或本市的本地标准。"],
];

/** The downloadable template: the task-list sheet with example rows first, then the instructions. */
export function taskListTemplateSheets(): WriteSheet[] {
  return [
    taskListSheet(TEMPLATE_EXAMPLES, 300),
    {
      kind: "rows",
      name: TASK_LIST_INSTRUCTIONS_SHEET,
      widths: [18, 10, 90],
      boldFirstColumn: true,
      rows: [
        ["任务清单导入模板", null, "在“任务清单”工作表中每行填写一项任务，保存为 .xlsx 后在“任务清单 → 导入”上传。示例行请修改或删除。"],
        [null, null, null],
        ["列", "是否必填", "填写要求"],
        ...COLUMN_HELP,
        [null, null, null],
        ["导入到哪里", null, "导入到本市当前年度实施方案（可在导入页选择其他年度）。导入的任务为“待交办”状态，确认无误后再交办给各单位。"],
        ["导入检查", null, "系统先检查整个文件，一次列出全部问题（工作表、行、列和原因）；有任何问题则不导入任何数据。单位名称写错时会提示最接近的单位名称。"],
        ["文件格式", null, "只支持 .xlsx；旧版 .xls 请在 Excel 中另存为“Excel 工作簿（*.xlsx）”。"],
      ],
    },
  ];
}
