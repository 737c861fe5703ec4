import type { LedgerExportRow } from "./ledger-export-rows";
import { criterionLabel } from "./ledger-export-rows";

// The columns of the ledger sheet, in the order offices use (domain.md, issue 4).

export type LedgerColumn = { header: string; width: number; valueOf: (row: LedgerExportRow) => string };

export const LEDGER_SHEET_NAME = "工作台账";

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { header: "指标名称", width: 18, valueOf: (row) => row.criterion?.category ?? "" },
  { header: "测评内容", width: 18, valueOf: (row) => row.criterion?.content ?? "" },
  { header: "测评标准", width: 30, valueOf: (row) => (row.criterion ? criterionLabel(row.criterion) : "") },
  { header: "网上申报具体规定", width: 30, valueOf: (row) => row.criterion?.onlineSubmissionRule ?? "" },
  { header: "责任单位", width: 16, valueOf: (row) => row.department },
  { header: "负责人", width: 10, valueOf: (row) => row.responsiblePerson },
  { header: "任务", width: 28, valueOf: (row) => row.task },
  { header: "日期", width: 12, valueOf: (row) => row.date },
  { header: "工作内容", width: 48, valueOf: (row) => row.text },
  { header: "审核状态", width: 10, valueOf: (row) => row.status },
  { header: "佐证材料", width: 36, valueOf: (row) => row.evidence },
];

export function ledgerRowCells(row: LedgerExportRow): string[] {
  return LEDGER_COLUMNS.map((column) => column.valueOf(row));
}
