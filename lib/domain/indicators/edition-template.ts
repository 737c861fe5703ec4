import type { WriteSheet } from "@/lib/domain/tabular-import/write-workbook";
import type { CriterionData, EditionData } from "./edition-data";
import { editionSheets } from "./edition-workbook";
import { ALL_STREETS_NAME, ASSESSMENT_METHODS, METHOD_LABELS, RUBRIC_KIND_LABELS, RUBRIC_KINDS } from "./labels";
import { INSTRUCTIONS_SHEET } from "./workbook-layout";

const base = {
  description: null,
  siteTypeNames: [],
  leadDepartmentName: null,
  coDepartmentNames: [],
  isVeto: false,
  onlineSubmissionRule: null,
  rectificationDays: null,
  rubricParams: {},
} as const;
const criterion = (fields: Partial<CriterionData> & Pick<CriterionData, "code" | "name" | "points" | "method" | "rubricKind">): CriterionData => ({
  ...base,
  ...fields,
  siteTypeNames: fields.siteTypeNames ?? [],
  coDepartmentNames: fields.coDepartmentNames ?? [],
});

/** The example rows of the template: one of each rubric kind, each a valid row to copy. */
export const TEMPLATE_EXAMPLE: EditionData = {
  name: "示例：XX市测评体系（2026 版）",
  code: "EXAMPLE-2026",
  description: null,
  categories: [
    {
      code: "C01",
      name: "公共环境",
      contents: [
        {
          code: "C01-01",
          name: "道路街巷环境",
          criteria: [
            criterion({
              code: "C01-01-1",
              name: "无乱扔、乱贴、乱涂、乱搭建",
              points: "4",
              method: "FIELD",
              rubricKind: "DEDUCT",
              rubricParams: { perFinding: 0.5, cap: 4 },
              siteTypeNames: ["主次干道", "背街小巷"],
              leadDepartmentName: "市城管局",
              coDepartmentNames: [ALL_STREETS_NAME],
              rectificationDays: 7,
            }),
            criterion({
              code: "C01-01-2",
              name: "公益广告无错字、褪色、污损",
              points: "3",
              method: "FIELD",
              rubricKind: "PROPORTION",
              siteTypeNames: ["公共广场"],
              leadDepartmentName: "市城管局",
              rectificationDays: 3,
            }),
          ],
        },
      ],
    },
    {
      code: "C02",
      name: "志愿服务与群众评价",
      contents: [
        {
          code: "C02-01",
          name: "志愿服务",
          criteria: [
            criterion({
              code: "C02-01-1",
              name: "注册志愿者占常住人口比例",
              points: "3",
              method: "DATA",
              rubricKind: "THRESHOLD",
              rubricParams: { target: 13, direction: "AT_LEAST", unit: "%" },
              leadDepartmentName: "团市委",
            }),
            criterion({
              code: "C02-01-2",
              name: "志愿服务工作方案及台账",
              points: "2",
              method: "ONLINE",
              rubricKind: "GRADED",
              rubricParams: { grades: { A: 1, B: 0.7, C: 0.4, D: 0 } },
              leadDepartmentName: "市文明办",
              onlineSubmissionRule: "300字以内工作报告；5张以上带日期的照片",
            }),
            criterion({
              code: "C02-01-3",
              name: "未发生重大负面事件",
              points: "2",
              method: "MATERIAL",
              rubricKind: "PASS_FAIL",
              leadDepartmentName: "市应急管理局",
              isVeto: true,
            }),
          ],
        },
      ],
    },
  ],
};

const INSTRUCTIONS: Array<[string, string, string]> = [
  ["测评项目编码 / 测评项目", "必填", "测评项目（一级）的编码和名称；同一测评项目的每一行都重复填写，名称须一致。"],
  ["测评内容编码 / 测评内容", "必填", "测评内容（二级）的编码和名称；同一测评内容的每一行都重复填写，名称须一致。"],
  ["测评标准编码 / 测评标准", "必填", "每行一条测评标准；编码在整个文件中不能重复。"],
  ["分值", "必填", "大于 0 的数，最多 4 位小数。"],
  ["测评方法", "必填", ASSESSMENT_METHODS.map((code) => METHOD_LABELS[code]).join(" / ")],
  ["评分规则", "必填", RUBRIC_KINDS.map((code) => RUBRIC_KIND_LABELS[code]).join(" / ")],
  [
    "规则参数",
    "视评分规则",
    "扣分制：perFinding=每处扣分; cap=最多扣分（cap 可省略，默认扣完分值为止），如 perFinding=0.5; cap=4。分档：档位=得分比例（0～1），如 A=1, B=0.7, C=0.4, D=0；留空为默认 A=1, B=0.8, C=0.6, D=0。数值达标：target=目标值; direction=AT_LEAST（不低于）或 AT_MOST（不高于）; unit=单位（可省略），如 target=13; direction=AT_LEAST; unit=%。按比例、达标制：留空。",
  ],
  ["点位类型", "选填", "实地考察的点位类型，多个用“、”或“,”分隔，如 主次干道、背街小巷。"],
  ["牵头单位", "选填", "一个单位名称，如 市城管局。"],
  ["配合单位", "选填", `多个用“、”或“,”分隔；“${ALL_STREETS_NAME}”表示全部街道。`],
  ["一票否决", "选填", "是 / 否；留空为否。"],
  ["网上申报具体规定", "选填", "如“300字以内工作报告；5张以上照片”。"],
  ["整改时限(天)", "选填", "0 或正整数；留空表示未规定。"],
  ["测评标准说明", "选填", "可在最后加一列“测评标准说明”，填写操作手册中的具体检查要求。"],
];

/** The downloadable template: instructions first, then the two sheets of the import layout with example rows. */
export function editionTemplateSheets(): WriteSheet[] {
  return [
    {
      kind: "rows",
      name: INSTRUCTIONS_SHEET,
      widths: [26, 12, 90],
      boldFirstColumn: true,
      rows: [
        ["测评体系导入模板", null, "请按本说明填写“版本信息”和“测评体系”两个工作表，保存为 .xlsx 后导入。"],
        ["版本信息", "必填", "两行：名称 | 测评体系名称；编码 | 版本编码（不能含空格，不能与系统中已有版本重复）。可加一行 说明 | 版本说明。"],
        ["测评体系", "必填", "第 1 行为表头，请勿修改列名；从第 2 行起每行一条测评标准。示例行可直接修改或删除。"],
        [null, null, null],
        ["列", "是否必填", "填写要求"],
        ...INSTRUCTIONS,
        [null, null, null],
        [
          "导入检查",
          null,
          "导入前系统会检查整个文件，一次列出全部问题（工作表、行、列和原因）；有任何问题则不导入任何数据。单位名称、点位类型不在系统中时只作提示，不影响导入。",
        ],
        ["文件格式", null, "只支持 .xlsx；旧版 .xls 请在 Excel 中另存为“Excel 工作簿（*.xlsx）”。"],
      ],
    },
    ...editionSheets(TEMPLATE_EXAMPLE, { blankRows: 300 }),
  ];
}
