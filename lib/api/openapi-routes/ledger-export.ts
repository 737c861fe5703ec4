import { ledgerExportQuery } from "@/lib/domain/ledger/ledger-export-query";
import type { ApiRouteDoc } from "./types";

// Ledger export (工作台账导出): the office's layout as .xlsx, or the online-submission zip.

export const ledgerExportRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/ledger/export",
    summary:
      "导出工作台账 (one row per entry × criterion its task serves: 指标名称 | 测评内容 | 测评标准 | 网上申报具体规定 | 责任单位 | " +
      "负责人 | 任务 | 日期 | 工作内容 | 审核状态 | 佐证材料). `department` exports that department's entries (a liaison: its own only, " +
      "another is 404); without it the whole city (province/system readers add `city`). `format=zip`: evidence foldered by criterion " +
      "code, unlinked entries under 未关联测评标准/, 工作台账.xlsx at the root.",
    tags: ["ledger"],
    query: ledgerExportQuery,
    fileType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
];
