import { textOf } from "@/lib/domain/tabular-import/cell-value";
import type { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import { accept, readField, reject, type FieldResult } from "@/lib/domain/tabular-import/read-field";
import type { TableRow } from "@/lib/domain/tabular-import/read-table";
import { closestName } from "@/lib/domain/tasks/task-list-suggest";
import { SITE_LIMITS } from "./site-limits";
import { isSiteCode, SITE_CODE_MESSAGE } from "./site-code";
import { parseCoordinate, type CoordinateKind } from "./site-coordinates";
import type { SiteField, SiteImportContext, SiteImportRow } from "./site-sheet-layout";

const text =
  (label: string, max: number, isRequired: boolean) =>
  (value: unknown): FieldResult<string | null> => {
    const result = textOf(value);
    if (result === undefined) return reject(`${label}应为文字。`);
    if (result === "") return isRequired ? reject(`请填写${label}。`) : accept(null);
    if (result.length > max) return reject(`${label}不能超过 ${max} 个字（现有 ${result.length} 个）。`);
    if (/[\u0000-\u001f\u007f-\u009f]/.test(result)) return reject(`${label}不能包含换行、制表符等控制字符。`);
    return accept(result);
  };

const coordinate =
  (kind: CoordinateKind) =>
  (value: unknown): FieldResult<string | null> => {
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return accept(null);
    if (typeof value !== "string" && typeof value !== "number") return reject(`${kind === "longitude" ? "经度" : "纬度"}应为数字。`);
    const parsed = parseCoordinate(value, kind);
    return "value" in parsed ? accept(parsed.value) : reject(`${parsed.message}。`);
  };

const code = (value: unknown): FieldResult<string | null> => {
  const result = textOf(value);
  if (result === undefined) return reject("点位编号应为文字。");
  if (result === "") return accept(null);
  return isSiteCode(result) ? accept(result) : reject(`${SITE_CODE_MESSAGE}。`);
};

export type NameMatcher = (name: string) => { id: string; name: string } | { message: string };

/** Finds a record by exact name (or alias); an unknown name gets the closest known one as a suggestion. */
export function nameMatcher(label: string, entries: ReadonlyArray<{ id: string; name: string; aliases?: readonly string[] }>, listName: string): NameMatcher {
  const byName = new Map<string, { id: string; name: string }>();
  for (const entry of entries) for (const alias of entry.aliases ?? []) byName.set(alias, { id: entry.id, name: entry.name });
  for (const entry of entries) byName.set(entry.name, { id: entry.id, name: entry.name });
  const names = [...byName.keys()];
  return (name) => {
    const found = byName.get(name);
    if (found) return found;
    const suggestion = closestName(name, names);
    const suggested = suggestion ? byName.get(suggestion)?.name : undefined;
    return {
      message: suggested ? `${label}“${name}”不在${listName}中。您是不是要填“${suggested}”？` : `${label}“${name}”不在${listName}中。`,
    };
  };
}

export type SiteMatchers = { type: NameMatcher; department: NameMatcher };

export function siteMatchers(context: SiteImportContext): SiteMatchers {
  return {
    type: nameMatcher("点位类型", context.siteTypes, "点位类型名单"),
    department: nameMatcher(
      "包点单位",
      context.departments.map((d) => ({ id: d.id, name: d.name, aliases: d.shortName ? [d.shortName] : [] })),
      "本市单位名单",
    ),
  };
}

function resolve(row: TableRow<SiteField>, key: "type" | "department", name: string | null | undefined, match: NameMatcher, problems: ProblemList) {
  if (!name) return undefined;
  const found = match(name);
  if ("message" in found) {
    problems.add(row.locate(key), found.message);
    return undefined;
  }
  return found;
}

/** One data row of the 点位 sheet; undefined when it has any problem (all of them are listed). */
export function parseSiteRow(row: TableRow<SiteField>, context: SiteImportContext, match: SiteMatchers, problems: ProblemList): SiteImportRow | undefined {
  const before = problems.count;
  const limits = SITE_LIMITS;
  const name = readField(row, "name", text("点位名称", limits.name, true), problems);
  const siteType = resolve(row, "type", readField(row, "type", text("点位类型", 50, true), problems), match.type, problems);
  const street = readField(row, "street", text("街道", limits.street, false), problems);
  const grid = readField(row, "grid", text("网格", limits.grid, false), problems);
  const address = readField(row, "address", text("地址", limits.address, false), problems);
  const longitude = readField(row, "longitude", coordinate("longitude"), problems);
  const latitude = readField(row, "latitude", coordinate("latitude"), problems);
  const department = resolve(row, "department", readField(row, "department", text("包点单位", 100, true), problems), match.department, problems);
  const siteCode = readField(row, "code", code, problems);
  if (siteCode && context.existingCodes.has(siteCode.toUpperCase())) problems.add(row.locate("code"), `本市已有编号为“${siteCode}”的点位。`);
  if (problems.count > before || !name || !siteType || !department) return undefined;
  return {
    row: row.row,
    name,
    siteTypeId: siteType.id,
    siteTypeName: siteType.name,
    street: street ?? null,
    grid: grid ?? null,
    address: address ?? null,
    longitude: longitude ?? null,
    latitude: latitude ?? null,
    responsibleDepartmentId: department.id,
    responsibleDepartmentName: department.name,
    code: siteCode ?? null,
  };
}
