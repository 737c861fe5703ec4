import { MAPPING_KINDS, type MappingKind, type MappingProblem, type MappingRow } from "./mapping-rules";

// The mapping table as people type or paste it from Excel: one row a line, three cells separated
// by a tab or a comma — 类型, 旧版编码, 新版编码 (an empty cell for "none").

export const MAPPING_KIND_LABELS: Record<MappingKind, string> = {
  ONE_TO_ONE: "一对一",
  SPLIT: "拆分",
  MERGED: "合并",
  REMOVED: "删除",
  NEW: "新增",
};

const KIND_BY_WORD = new Map<string, MappingKind>(
  MAPPING_KINDS.flatMap(
    (kind) =>
      [
        [kind, kind],
        [MAPPING_KIND_LABELS[kind], kind],
      ] as [string, MappingKind][],
  ),
);

export function parseMappingText(text: string): { rows: MappingRow[]; problems: MappingProblem[] } {
  const rows: MappingRow[] = [];
  const problems: MappingProblem[] = [];
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  lines.forEach((line, index) => {
    const cells = line.split(/\t|,|，/).map((cell) => cell.trim());
    const kind = KIND_BY_WORD.get(cells[0] ?? "");
    if (!kind) {
      problems.push({ row: index + 1, field: "kind", message: `类型“${cells[0] ?? ""}”无法识别，应为 一对一、拆分、合并、删除 或 新增` });
      return;
    }
    if (cells.length > 3) problems.push({ row: index + 1, field: "kind", message: "每行只应有 类型、旧版编码、新版编码 三项" });
    rows.push({ kind, from: cells[1] || null, to: cells[2] || null });
  });
  return { rows, problems };
}

export function formatMappingText(rows: readonly MappingRow[]): string {
  return rows.map((row) => [MAPPING_KIND_LABELS[row.kind], row.from ?? "", row.to ?? ""].join(", ")).join("\n");
}
