import type { TableColumn } from "@/lib/domain/tabular-import/read-table";

// The fixed workbook layout of an edition (issue 3): offices fill it by hand or from other tools.
export const INFO_SHEET = "版本信息";
export const CRITERIA_SHEET = "测评体系";
export const INSTRUCTIONS_SHEET = "填写说明";
export const INFO_KEYS = { name: "名称", code: "编码", description: "说明" } as const;

/** The 16 columns in their order, then the optional description column an export adds when needed. */
export const CRITERION_COLUMNS = [
  { key: "categoryCode", header: "测评项目编码" },
  { key: "categoryName", header: "测评项目" },
  { key: "contentCode", header: "测评内容编码" },
  { key: "contentName", header: "测评内容" },
  { key: "code", header: "测评标准编码" },
  { key: "name", header: "测评标准" },
  { key: "points", header: "分值" },
  { key: "method", header: "测评方法" },
  { key: "rubricKind", header: "评分规则" },
  { key: "rubricParams", header: "规则参数" },
  { key: "siteTypes", header: "点位类型" },
  { key: "lead", header: "牵头单位" },
  { key: "co", header: "配合单位" },
  { key: "veto", header: "一票否决" },
  { key: "onlineRule", header: "网上申报具体规定" },
  { key: "rectificationDays", header: "整改时限(天)" },
  { key: "description", header: "测评标准说明", isOptional: true },
] as const satisfies readonly TableColumn<string>[];

export type CriterionField = (typeof CRITERION_COLUMNS)[number]["key"];

export const COLUMN_WIDTHS: Record<CriterionField, number> = {
  categoryCode: 12,
  categoryName: 18,
  contentCode: 12,
  contentName: 18,
  code: 14,
  name: 36,
  points: 8,
  method: 11,
  rubricKind: 11,
  rubricParams: 28,
  siteTypes: 22,
  lead: 16,
  co: 22,
  veto: 9,
  onlineRule: 30,
  rectificationDays: 10,
  description: 30,
};
