import { z } from "@/lib/validation/zod";
import type { RoundInput } from "./round-input";
import { RUBRIC_KINDS, THRESHOLD_DIRECTIONS } from "./rubrics";
import { ScoringInputError, formatFieldPath } from "./scoring-input-error";

// The shape of the calculator's JSON input (also what GET /api/v1/rounds/{id}/scores/input returns).
// Ranges, dates and cross-references are checked by the engine itself (compileRoundInput), so the
// same rules hold for every caller.

type Issue = { input?: unknown };
const missingOr = (message: string) => (issue: Issue) => (issue.input === undefined ? "缺少字段 (missing field)" : message);

const decimal = z.union([z.number(), z.string()], { error: missingOr("应为数值或数值字符串 (expected a number or a decimal string)") });
const text = z.string({ error: missingOr("应为字符串 (expected a string)") });
const bool = z.boolean({ error: missingOr("应为 true 或 false (expected a boolean)") });
const date = z.string({ error: missingOr("应为日期 YYYY-MM-DD (expected a YYYY-MM-DD date)") });
const nullableDate = z.union([date, z.null()], { error: missingOr("应为日期 YYYY-MM-DD 或 null (expected a date or null)") });
const count = z.number({ error: missingOr("应为整数 (expected a whole number)") });
const names = z.array(text, { error: missingOr("应为名称数组 (expected an array of names)") });
const array = <T extends z.ZodType>(item: T) => z.array(item, { error: missingOr("应为数组 (expected an array)") });
const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: missingOr("应为对象 (expected an object)") });

const rubric = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("DEDUCT"), perFinding: decimal, cap: decimal.nullish() }),
    z.strictObject({ kind: z.literal("PROPORTION") }),
    z.strictObject({ kind: z.literal("PASS_FAIL") }),
    z.strictObject({ kind: z.literal("GRADED"), grades: z.record(z.string(), decimal).nullish() }),
    z.strictObject({
      kind: z.literal("THRESHOLD"),
      target: decimal,
      direction: z.enum(THRESHOLD_DIRECTIONS, { error: missingOr("应为 AT_LEAST 或 AT_MOST (expected AT_LEAST or AT_MOST)") }),
    }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union"
        ? `未知的评分规则，应为 ${RUBRIC_KINDS.join(" / ")} (unknown rubric kind)`
        : missingOr("应为评分规则对象 (expected a rubric object)")(issue),
  },
);

const outcome = z.union(
  [z.strictObject({ pass: bool }), z.strictObject({ findings: count }), z.strictObject({ grade: text }), z.strictObject({ value: decimal })],
  { error: missingOr('应为 {"pass":bool}、{"findings":n}、{"grade":"A"} 或 {"value":x} 之一 (expected one outcome)') },
);

export const calculatorInputSchema = object({
  criteria: array(object({ code: text, points: decimal, rubric, veto: bool.optional() })),
  checks: array(object({ criterion: text, departments: names, outcome })),
  findings: array(object({ department: text, due: date, verifiedAt: nullableDate })),
  tasks: array(object({ department: text, completed: bool, lastEntryDate: nullableDate })),
  period: object({ start: date, end: date }),
  departments: names.optional(),
  weights: object({ inspection: decimal.optional(), rectification: decimal.optional(), ledger: decimal.optional() }).optional(),
  lists: object({ redCount: count.optional(), blackCount: count.optional(), blackThreshold: decimal.optional() }).optional(),
  /** Provenance (round, city, time of export); ignored by the engine. */
  meta: z.unknown().optional(),
});

export type CalculatorInput = z.infer<typeof calculatorInputSchema>;

/** Reads calculator JSON (already parsed) into the engine's input; a bad shape throws ScoringInputError. */
export function parseCalculatorInput(json: unknown): RoundInput {
  const result = calculatorInputSchema.safeParse(json, { reportInput: true });
  if (result.success) {
    const input: RoundInput & { meta?: unknown } = { ...result.data };
    delete input.meta;
    return input;
  }
  const [issue] = result.error.issues;
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
  const message = issue.code === "unrecognized_keys" ? "未知字段 (unknown field)" : issue.message;
  throw new ScoringInputError(formatFieldPath(path) || "input", message);
}
