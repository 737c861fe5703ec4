import Decimal from "decimal.js";
import { RUBRIC_KIND_LABELS, type RubricKindCode } from "./labels";

// Rubric parameters as shared/scoring.md defines them, stored as a JSON object per kind:
// DEDUCT {perFinding, cap?}; GRADED {grades?}; THRESHOLD {target, direction, unit?}; others {}.
export type RubricParams = Record<string, unknown>;
export type ParamsResult = { ok: true; params: RubricParams } | { ok: false; messages: string[] };

export const THRESHOLD_DIRECTIONS = ["AT_LEAST", "AT_MOST"] as const;
const ALLOWED: Record<RubricKindCode, readonly string[]> = {
  DEDUCT: ["perFinding", "cap"],
  PROPORTION: [],
  PASS_FAIL: [],
  GRADED: ["grades"],
  THRESHOLD: ["target", "direction", "unit"],
};
const SEPARATORS = /[;；,，\n]+/;
const NAME_PATTERN = /^[^;；,，=＝\s]{1,20}$/;

/** A plain decimal (a number, or text such as "0.5") as a JS number that keeps its exact value. */
function numberOf(value: unknown): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  const exact = new Decimal(text);
  const number = exact.toNumber();
  return Number.isFinite(number) && new Decimal(number).eq(exact) ? number : undefined;
}

function validateGrades(value: unknown, messages: string[]): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    messages.push("分档参数应写成 档位=比例，如 A=1, B=0.7, C=0.4, D=0。");
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) messages.push("分档参数至少要有一个档位，或整格留空以使用默认档位（A=1, B=0.8, C=0.6, D=0）。");
  const grades: Record<string, number> = {};
  for (const [grade, raw] of entries) {
    const fraction = numberOf(raw);
    if (!NAME_PATTERN.test(grade)) messages.push(`档位名称“${grade}”无效：不能为空、不能含空格、逗号、分号或等号。`);
    else if (fraction === undefined || fraction < 0 || fraction > 1) messages.push(`档位“${grade}”的得分比例须为 0 到 1 之间的数。`);
    else grades[grade] = fraction;
  }
  return grades;
}

/** Checks parameters given as an object (YAML, JSON, or text already split into key=value). */
export function validateRubricParams(kind: RubricKindCode, raw: Record<string, unknown>): ParamsResult {
  const label = RUBRIC_KIND_LABELS[kind];
  const messages: string[] = [];
  const allowed = ALLOWED[kind];
  const unknown = Object.keys(raw).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    messages.push(
      allowed.length === 0
        ? `${label}不需要规则参数，请留空（收到：${unknown.join("、")}）。`
        : `${label}不接受参数“${unknown.join("、")}”，可用参数：${allowed.join("、")}。`,
    );
  }
  const params: RubricParams = {};
  if (kind === "DEDUCT") {
    const perFinding = numberOf(raw.perFinding);
    if (raw.perFinding === undefined) messages.push("扣分制须填写每处扣分 perFinding，例如 perFinding=0.5; cap=4。");
    else if (perFinding === undefined || perFinding <= 0) messages.push("perFinding（每处扣分）须为大于 0 的数。");
    else params.perFinding = perFinding;
    const cap = numberOf(raw.cap);
    if (raw.cap !== undefined && (cap === undefined || cap < 0)) messages.push("cap（扣分上限）须为不小于 0 的数。");
    else if (cap !== undefined) params.cap = cap;
  } else if (kind === "GRADED") {
    const grades = validateGrades(raw.grades, messages);
    if (grades) params.grades = grades;
  } else if (kind === "THRESHOLD") {
    const target = numberOf(raw.target);
    if (raw.target === undefined) messages.push("数值达标须填写目标值 target 和方向 direction，例如 target=13; direction=AT_LEAST。");
    else if (target === undefined || target <= 0) messages.push("target（目标值）须为大于 0 的数。");
    else params.target = target;
    const direction = typeof raw.direction === "string" ? raw.direction.trim().toUpperCase() : undefined;
    if (raw.direction === undefined) {
      if (raw.target !== undefined) messages.push("数值达标须填写方向 direction：AT_LEAST（不低于目标）或 AT_MOST（不高于目标）。");
    } else if (!THRESHOLD_DIRECTIONS.includes(direction as never)) messages.push("direction 须为 AT_LEAST（不低于目标）或 AT_MOST（不高于目标）。");
    else params.direction = direction;
    if (raw.unit !== undefined) {
      const unit = typeof raw.unit === "string" ? raw.unit.trim() : "";
      if (!NAME_PATTERN.test(unit)) messages.push("unit（单位）须为不含空格、逗号、分号的简短文字，如 %。");
      else params.unit = unit;
    }
  }
  return messages.length > 0 ? { ok: false, messages } : { ok: true, params };
}

/** `perFinding=0.5; cap=4`, `A=1, B=0.7`, `target=13; direction=AT_LEAST; unit=%`; blank for none. */
export function parseRubricParamsText(kind: RubricKindCode, text: string): ParamsResult {
  const pairs: Record<string, string> = {};
  const messages: string[] = [];
  for (const token of text
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = token.match(/^([^=＝]+)[=＝](.*)$/);
    if (!match) {
      messages.push(`无法识别“${token}”：参数应写成 名称=数值，多个参数用分号或逗号分隔。`);
      continue;
    }
    const key = match[1].trim();
    if (key in pairs) messages.push(`参数“${key}”重复。`);
    pairs[key] = match[2].trim();
  }
  if (messages.length > 0) return { ok: false, messages };
  const raw: Record<string, unknown> = kind === "GRADED" ? (Object.keys(pairs).length > 0 ? { grades: pairs } : {}) : pairs;
  return validateRubricParams(kind, raw);
}

const plain = (value: unknown) => new Decimal(value as number).toFixed();

/** Grades from the best to the worst fraction (JSON storage does not keep key order). */
export function sortedGrades(grades: Record<string, number>): Array<[string, number]> {
  return Object.entries(grades).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

/** The parameters in the workbook's text syntax; parseRubricParamsText reads it back exactly. */
export function formatRubricParams(kind: RubricKindCode, params: RubricParams): string {
  if (kind === "DEDUCT") {
    return [`perFinding=${plain(params.perFinding)}`, ...(params.cap !== undefined ? [`cap=${plain(params.cap)}`] : [])].join("; ");
  }
  if (kind === "GRADED") {
    const grades = params.grades as Record<string, number> | undefined;
    return grades
      ? sortedGrades(grades)
          .map(([grade, fraction]) => `${grade}=${plain(fraction)}`)
          .join(", ")
      : "";
  }
  if (kind === "THRESHOLD") {
    return [`target=${plain(params.target)}`, `direction=${String(params.direction)}`, ...(params.unit ? [`unit=${String(params.unit)}`] : [])].join("; ");
  }
  return "";
}
