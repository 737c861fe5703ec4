// The mapping between two editions of the indicator system (旧版 → 新版), as pairs of criterion
// codes. Kinds: ONE_TO_ONE (a → b), SPLIT (a → b1, b2 …), MERGED (a1, a2 … → b), REMOVED (a → —),
// NEW (— → b). These rules keep a table unambiguous so that trends can follow a criterion across
// a revision.

export const MAPPING_KINDS = ["ONE_TO_ONE", "SPLIT", "MERGED", "REMOVED", "NEW"] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];
export type MappingRow = { kind: MappingKind; from: string | null; to: string | null };
export type MappingProblem = { row: number; field: "kind" | "from" | "to"; message: string };

const needsFrom: Record<MappingKind, boolean> = { ONE_TO_ONE: true, SPLIT: true, MERGED: true, REMOVED: true, NEW: false };
const needsTo: Record<MappingKind, boolean> = { ONE_TO_ONE: true, SPLIT: true, MERGED: true, REMOVED: false, NEW: true };

/** Every problem of a mapping table at once (rows are 1-based), given the codes of both editions. */
export function validateMapping(rows: readonly MappingRow[], fromCodes: ReadonlySet<string>, toCodes: ReadonlySet<string>): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const kindsOfFrom = new Map<string, Set<MappingKind>>();
  const kindsOfTo = new Map<string, Set<MappingKind>>();
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const at = index + 1;
    const add = (field: MappingProblem["field"], message: string) => problems.push({ row: at, field, message });
    if (needsFrom[row.kind] && !row.from) add("from", "此类对应关系须填写旧版测评标准编码");
    if (!needsFrom[row.kind] && row.from) add("from", "新增项不应填写旧版编码");
    if (needsTo[row.kind] && !row.to) add("to", "此类对应关系须填写新版测评标准编码");
    if (!needsTo[row.kind] && row.to) add("to", "删除项不应填写新版编码");
    if (row.from && !fromCodes.has(row.from)) add("from", `旧版中没有编码为 ${row.from} 的测评标准`);
    if (row.to && !toCodes.has(row.to)) add("to", `新版中没有编码为 ${row.to} 的测评标准`);
    const key = `${row.from ?? ""}→${row.to ?? ""}`;
    if (seen.has(key)) add("kind", `对应关系 ${row.from ?? "—"} → ${row.to ?? "—"} 重复`);
    seen.add(key);
    if (row.from) (kindsOfFrom.get(row.from) ?? kindsOfFrom.set(row.from, new Set()).get(row.from)!).add(row.kind);
    if (row.to) (kindsOfTo.get(row.to) ?? kindsOfTo.set(row.to, new Set()).get(row.to)!).add(row.kind);
  });
  rows.forEach((row, index) => {
    const add = (field: MappingProblem["field"], message: string) => problems.push({ row: index + 1, field, message });
    const fromKinds = row.from ? kindsOfFrom.get(row.from)! : undefined;
    const toKinds = row.to ? kindsOfTo.get(row.to)! : undefined;
    const fromRows = row.from ? rows.filter((other) => other.from === row.from).length : 0;
    const toRows = row.to ? rows.filter((other) => other.to === row.to).length : 0;
    if (row.kind === "ONE_TO_ONE" && (fromRows > 1 || toRows > 1)) add("kind", "一对一的编码不能再出现在其他对应关系中");
    if (row.kind === "SPLIT" && (fromRows < 2 || fromKinds!.size > 1 || toRows > 1))
      add("kind", "拆分须把一个旧版标准对应到两个及以上新版标准，且不与其他关系混用");
    if (row.kind === "MERGED" && (toRows < 2 || toKinds!.size > 1 || fromRows > 1))
      add("kind", "合并须把两个及以上旧版标准对应到同一个新版标准，且不与其他关系混用");
    if (row.kind === "REMOVED" && fromRows > 1) add("kind", "已删除的旧版标准不能再有其他对应关系");
    if (row.kind === "NEW" && toRows > 1) add("kind", "新增的新版标准不能再有其他对应关系");
  });
  return problems.sort((a, b) => a.row - b.row);
}

/** The old-edition codes whose history a new-edition criterion continues. */
export function predecessorsOf(rows: readonly MappingRow[], toCode: string): string[] {
  return rows.filter((row) => row.to === toCode && row.from && row.kind !== "NEW").map((row) => row.from!);
}
