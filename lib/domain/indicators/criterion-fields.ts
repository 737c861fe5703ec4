import Decimal from "decimal.js";
import { textOf } from "@/lib/domain/tabular-import/cell-value";
import { accept, reject, type FieldResult } from "@/lib/domain/tabular-import/read-field";
import {
  ASSESSMENT_METHODS,
  METHOD_LABELS,
  NO,
  RUBRIC_KIND_LABELS,
  RUBRIC_KINDS,
  YES,
  methodFromText,
  rubricKindFromText,
  type AssessmentMethodCode,
  type RubricKindCode,
} from "./labels";
import { hasNameSeparator, splitNames } from "./name-list";
import { parseRubricParamsText, validateRubricParams, type RubricParams } from "./rubric-params";

// One parser per field of a criterion. Each takes a raw value as a sheet cell or a YAML/JSON node
// holds it (text, number, boolean, list or map) and answers the stored value or a Chinese message.

const MAX_CODE = 64;
const MAX_NAME = 500;
const MAX_TEXT = 5000;

export function parseCode(label: string) {
  return (value: unknown): FieldResult<string> => {
    const text = textOf(value);
    if (text === undefined) return reject(`${label}应为文字。`);
    if (!text) return reject(`${label}不能为空。`);
    if (text.length > MAX_CODE || /\s/.test(text)) return reject(`${label}“${text}”无效：不能含空格，最长 ${MAX_CODE} 个字符。`);
    return accept(text);
  };
}

export function parseName(label: string) {
  return (value: unknown): FieldResult<string> => {
    const text = textOf(value);
    if (text === undefined) return reject(`${label}应为文字。`);
    if (!text) return reject(`${label}不能为空。`);
    return text.length > MAX_NAME ? reject(`${label}最长 ${MAX_NAME} 个字。`) : accept(text);
  };
}

export function parseOptionalText(label: string) {
  return (value: unknown): FieldResult<string | null> => {
    const text = textOf(value);
    if (text === undefined) return reject(`${label}应为文字。`);
    return text.length > MAX_TEXT ? reject(`${label}最长 ${MAX_TEXT} 个字。`) : accept(text || null);
  };
}

/** A positive decimal with at most 4 places (the column is DECIMAL(10,4)), kept exact as text. */
export function parsePoints(value: unknown): FieldResult<string> {
  const text = textOf(value);
  if (!text) return reject("分值不能为空，须为大于 0 的数。");
  let points: Decimal;
  try {
    points = new Decimal(text);
  } catch {
    return reject(`分值“${text}”不是数字。`);
  }
  if (!points.isFinite() || points.lte(0)) return reject(`分值须为大于 0 的数（当前为“${text}”）。`);
  if (points.decimalPlaces() > 4) return reject(`分值最多保留 4 位小数（当前为“${text}”）。`);
  if (points.gte(1_000_000)) return reject("分值过大。");
  return accept(points.toString());
}

export function parseMethod(value: unknown): FieldResult<AssessmentMethodCode> {
  const text = textOf(value);
  const options = ASSESSMENT_METHODS.map((code) => METHOD_LABELS[code]).join("、");
  if (!text) return reject(`请填写测评方法：${options}。`);
  return text && methodFromText(text) ? accept(methodFromText(text)!) : reject(`未知的测评方法“${text}”，应为 ${options} 之一。`);
}

export function parseRubricKind(value: unknown): FieldResult<RubricKindCode> {
  const text = textOf(value);
  const options = RUBRIC_KINDS.map((code) => RUBRIC_KIND_LABELS[code]).join("、");
  if (!text) return reject(`请填写评分规则：${options}。`);
  return rubricKindFromText(text) ? accept(rubricKindFromText(text)!) : reject(`未知的评分规则“${text}”，应为 ${options} 之一。`);
}

/** Parameters as workbook text (`perFinding=0.5; cap=4`) or as a map (YAML/JSON); blank for none. */
export function parseRubricParams(kind: RubricKindCode) {
  return (value: unknown): FieldResult<RubricParams> => {
    const result =
      typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
        ? validateRubricParams(kind, value as Record<string, unknown>)
        : typeof value === "string" || value === null || value === undefined
          ? parseRubricParamsText(kind, value ?? "")
          : { ok: false as const, messages: ["规则参数应写成 名称=数值，如 perFinding=0.5; cap=4。"] };
    return result.ok ? accept(result.params) : reject(result.messages.join(" "));
  };
}

/** Names separated by 、 , or ， in a cell, or a YAML list of names. */
export function parseNameList(label: string) {
  return (value: unknown): FieldResult<string[]> => {
    if (Array.isArray(value)) {
      const texts = value.map(textOf);
      return texts.some((text) => text === undefined) ? reject(`${label}应为名称列表。`) : accept(splitNames(texts as string[]));
    }
    const text = textOf(value);
    return text === undefined ? reject(`${label}应为名称，多个用“、”分隔。`) : accept(splitNames(text));
  };
}

export function parseLead(value: unknown): FieldResult<string | null> {
  const text = textOf(value);
  if (text === undefined) return reject("牵头单位应为单位名称。");
  if (hasNameSeparator(text)) return reject(`牵头单位只能填写一个单位（“${text}”）；其他单位请填入配合单位。`);
  return accept(text || null);
}

export function parseVeto(value: unknown): FieldResult<boolean> {
  if (typeof value === "boolean") return accept(value);
  const text = textOf(value);
  if (text === "" || text === NO) return accept(false);
  if (text === YES) return accept(true);
  return reject(`一票否决应填写“${YES}”或“${NO}”（当前为“${text ?? ""}”）。`);
}

/** Whole days ≥ 0; blank for none (0 is kept as 0). */
export function parseRectificationDays(value: unknown): FieldResult<number | null> {
  const text = textOf(value);
  if (text === "") return accept(null);
  if (text === undefined || !/^[+-]?\d+(\.0+)?$/.test(text)) return reject(`整改时限应为整天数（当前为“${text ?? ""}”）。`);
  const days = Number(text);
  if (days < 0) return reject(`整改时限不能为负数（当前为 ${text}）；不限时限请留空。`);
  return days > 3650 ? reject("整改时限最长 3650 天。") : accept(days);
}
