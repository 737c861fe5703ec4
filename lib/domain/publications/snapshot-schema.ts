import { z } from "@/lib/validation/zod";
import { calculatorInputSchema } from "@/lib/domain/scoring/calculator-input";

// A publication's snapshot: everything a published page, a bulletin or the public side shows,
// frozen when it was published. Parsed with this schema on every read (never cast); a change of
// shape is a new schemaVersion with a reader for the old ones.

export const SNAPSHOT_SCHEMA_VERSION = 1;

/** A score as the engine exports it: decimal text, 4 places. */
const score = z.string().regex(/^-?\d+(\.\d+)?$/);
const nullableScore = score.nullable();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().datetime({ offset: true });
const departmentKind = z.enum(["BUREAU", "STREET_OFFICE"]);
export const RANKING_METRICS = ["COMPOSITE", "INSPECTION", "RECTIFICATION"] as const;
export const ESCALATION_STEPS = ["REMINDER_LETTER", "LEADER_MEETING", "ACCOUNTABILITY"] as const;

/** Exactly what `npm run score` prints (lib/domain/scoring/calculator-output.ts), fields in that order. */
export const calculatorOutputSchema = z.strictObject({
  cityScore: nullableScore,
  vetoed: z.boolean(),
  criteria: z.array(z.strictObject({ code: z.string(), assessed: z.boolean(), earned: nullableScore, possible: nullableScore })),
  departments: z.array(
    z.strictObject({
      name: z.string(),
      inspectionScore: nullableScore,
      rectificationRate: nullableScore,
      ledgerCompleteness: nullableScore,
      composite: nullableScore,
      rank: z.number().int().positive().nullable(),
      overdueOpen: z.number().int().nonnegative(),
    }),
  ),
  redList: z.array(z.string()),
  blackList: z.array(z.string()),
});

/** Rank change against the previous publication of the same series: ↑2, ↓1, 新上榜 (NEW), or unchanged. */
export const movementSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("UP"), by: z.number().int().positive() }),
  z.strictObject({ kind: z.literal("DOWN"), by: z.number().int().positive() }),
  z.strictObject({ kind: z.literal("SAME") }),
  /** ranked now, not ranked (or not listed) in the previous publication, or there is none */
  z.strictObject({ kind: z.literal("NEW") }),
]);

/** One red/black list as it stood when published: definition, ranking, red and black members. */
export const publishedListSchema = z.strictObject({
  /** The RankingList's id (the definition may change or go later; the snapshot keeps its own copy). */
  id: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  metric: z.enum(RANKING_METRICS),
  members: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("ALL") }),
    z.strictObject({ kind: z.literal("BY_KIND"), departmentKind }),
    z.strictObject({ kind: z.literal("CHOSEN"), departments: z.array(z.string()) }),
  ]),
  redCount: z.number().int().nonnegative(),
  blackCount: z.number().int().nonnegative(),
  blackThreshold: score,
  /** The list's members in list order (ranked, then unranked by name); `value` is the list's metric. */
  ranking: z.array(
    z.strictObject({ department: z.string(), rank: z.number().int().positive().nullable(), value: nullableScore, movement: movementSchema.nullable() }),
  ),
  redList: z.array(z.string()),
  /** In list order, each with its escalation: the length of its black-list streak on this list. */
  blackList: z.array(z.strictObject({ department: z.string(), level: z.number().int().positive(), step: z.enum(ESCALATION_STEPS) })),
});

export const cityRefSchema = z.strictObject({ id: z.string(), name: z.string(), slug: z.string() });

/** Progress of the plan by action when published (tasks completed / total per action). */
export const planProgressSchema = z.strictObject({
  plan: z.string().nullable(),
  actions: z.array(z.strictObject({ name: z.string(), completed: z.number().int().nonnegative(), total: z.number().int().nonnegative() })),
});

/** The period's rectification figures: findings due in it, rectified by their due date, overdue at its end. */
export const rectificationFiguresSchema = z.strictObject({
  due: z.number().int().nonnegative(),
  rectifiedOnTime: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
});

const departmentRefSchema = z.strictObject({ name: z.string(), kind: departmentKind });

export const roundSnapshotSchema = z.strictObject({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  kind: z.literal("ROUND"),
  city: cityRefSchema,
  round: z.strictObject({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    periodStart: date,
    periodEnd: date,
    closedAt: instant.nullable(),
  }),
  computedAt: instant,
  /** Exactly what GET /api/v1/rounds/{id}/scores/input gave at that moment. */
  input: calculatorInputSchema,
  inputHash: z.string(),
  /** Exactly what the calculator gives for `input`. */
  result: calculatorOutputSchema,
  /** Where each of `input.checks` was made, in the same order: the site, or null for a desk check (drill-down to checks). */
  checkSites: z.array(z.strictObject({ name: z.string(), code: z.string().nullable() }).nullable()).optional(),
  /** Every department of the city when published, with its kind (list membership, public pages). */
  departments: z.array(departmentRefSchema),
  lists: z.array(publishedListSchema),
  planProgress: planProgressSchema,
  rectification: rectificationFiguresSchema,
});

/** A period's department figure: the mean over the period's round publications where it is present. */
const periodDepartmentSchema = z.strictObject({
  name: z.string(),
  kind: departmentKind,
  inspectionScore: nullableScore,
  rectificationRate: nullableScore,
  ledgerCompleteness: nullableScore,
  composite: nullableScore,
  rank: z.number().int().positive().nullable(),
  /** As in the period's latest round publication where the department is listed. */
  overdueOpen: z.number().int().nonnegative(),
  /** How many of the period's round publications list a composite for it. */
  rounds: z.number().int().nonnegative(),
});

export const periodSnapshotSchema = z.strictObject({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  kind: z.enum(["MONTH", "QUARTER", "YEAR", "CYCLE"]),
  city: cityRefSchema,
  period: z.strictObject({ start: date, end: date }),
  computedAt: instant,
  /** The round publications averaged (non-superseded, period ends inside), oldest first. */
  rounds: z.array(
    z.strictObject({
      publicationId: z.string(),
      roundId: z.string(),
      roundName: z.string(),
      periodEnd: date,
      cityScore: nullableScore,
      vetoed: z.boolean(),
    }),
  ),
  result: z.strictObject({
    /** Month/quarter/year: the mean of the rounds' city scores; cycle: the year-weighted mean (scoring.md). */
    cityScore: nullableScore,
    vetoedRounds: z.number().int().nonnegative(),
    departments: z.array(periodDepartmentSchema),
  }),
  lists: z.array(publishedListSchema),
  planProgress: planProgressSchema,
  rectification: rectificationFiguresSchema,
});

export const provinceSnapshotSchema = z.strictObject({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  scope: z.literal("PROVINCE"),
  kind: z.enum(["ROUND", "MONTH", "QUARTER", "YEAR", "CYCLE"]),
  province: z.strictObject({ id: z.string(), name: z.string(), code: z.string() }),
  period: z.strictObject({ start: date, end: date }),
  computedAt: instant,
  /** Cities in ranking order; each city's score is read from its own publications only. */
  cities: z.array(
    z.strictObject({
      city: cityRefSchema,
      cityScore: nullableScore,
      vetoedRounds: z.number().int().nonnegative(),
      rank: z.number().int().positive().nullable(),
      movement: movementSchema.nullable(),
      /** The city publications this score was read from. */
      publicationIds: z.array(z.string()),
    }),
  ),
});

export const snapshotSchema = z.union([roundSnapshotSchema, periodSnapshotSchema, provinceSnapshotSchema]);

export type RoundSnapshot = z.infer<typeof roundSnapshotSchema>;
export type PeriodSnapshot = z.infer<typeof periodSnapshotSchema>;
export type ProvinceSnapshot = z.infer<typeof provinceSnapshotSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type PublishedList = z.infer<typeof publishedListSchema>;
export type Movement = z.infer<typeof movementSchema>;

/** Reads a stored snapshot; a document that does not fit its schema is a server fault, never cast. */
export function parseSnapshot(json: unknown): Snapshot {
  return snapshotSchema.parse(json);
}
