import { ESCALATION_STEPS, RANKING_METRICS } from "@/lib/domain/publications/snapshot-schema";
import { z } from "@/lib/validation/zod";

// What the public pages and the open data API show: published figures only, with city slugs and
// publication ids as the only identifiers. docs/public-data.md gives the reason for every field, and
// public-dto.test.ts holds these keys to that list. Strict objects: a field added here without a
// decision fails the test.

const score = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .nullable();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().datetime({ offset: true });
const count = z.number().int().nonnegative();
const publicationKind = z.enum(["ROUND", "MONTH", "QUARTER", "YEAR", "CYCLE"]);

export const publicMovementSchema = z.strictObject({ kind: z.enum(["UP", "DOWN", "SAME", "NEW"]), by: z.number().int().positive().nullable() });

/** A publication as listed: enough to name it, date it and fetch its bulletin. */
export const publicPublicationRefSchema = z.strictObject({
  id: z.string(),
  scope: z.enum(["CITY", "PROVINCE"]),
  kind: publicationKind,
  title: z.string(),
  summary: z.string().nullable(),
  issueYear: z.number().int(),
  issueNumber: z.number().int().positive(),
  periodStart: date,
  periodEnd: date,
  publishedAt: instant,
  /** The correction that replaced this publication, or null while it stands. */
  supersededBy: z.string().nullable(),
  /** The publication this one corrects, or null. */
  supersedes: z.string().nullable(),
  bulletinUrl: z.string(),
});

export const publicListSchema = z.strictObject({
  name: z.string(),
  metric: z.enum(RANKING_METRICS),
  isDefault: z.boolean(),
  redCount: count,
  blackCount: count,
  blackThreshold: z.string(),
  ranking: z.array(
    z.strictObject({ department: z.string(), rank: z.number().int().positive().nullable(), value: score, movement: publicMovementSchema.nullable() }),
  ),
  redList: z.array(z.string()),
  blackList: z.array(z.strictObject({ department: z.string(), level: z.number().int().positive(), step: z.enum(ESCALATION_STEPS) })),
});

export const publicDepartmentRowSchema = z.strictObject({
  name: z.string(),
  kind: z.enum(["BUREAU", "STREET_OFFICE"]).nullable(),
  inspectionScore: score,
  rectificationRate: score,
  ledgerCompleteness: score,
  composite: score,
  rank: z.number().int().positive().nullable(),
  overdueOpen: count,
});

export const publicPlanProgressSchema = z.strictObject({
  plan: z.string().nullable(),
  actions: z.array(z.strictObject({ name: z.string(), completed: count, total: count })),
});

export const publicRectificationSchema = z.strictObject({ due: count, rectifiedOnTime: count, overdue: count });

const roundBody = z.strictObject({
  type: z.literal("ROUND"),
  roundName: z.string(),
  cityScore: score,
  vetoed: z.boolean(),
  departments: z.array(publicDepartmentRowSchema),
  lists: z.array(publicListSchema),
  planProgress: publicPlanProgressSchema,
  rectification: publicRectificationSchema,
});

const periodBody = z.strictObject({
  type: z.literal("PERIOD"),
  cityScore: score,
  vetoedRounds: count,
  rounds: z.array(z.strictObject({ publicationId: z.string(), roundName: z.string(), periodEnd: date, cityScore: score, vetoed: z.boolean() })),
  departments: z.array(publicDepartmentRowSchema),
  lists: z.array(publicListSchema),
  planProgress: publicPlanProgressSchema,
  rectification: publicRectificationSchema,
});

export const publicProvinceCitySchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  cityScore: score,
  vetoedRounds: count,
  rank: z.number().int().positive().nullable(),
  movement: publicMovementSchema.nullable(),
  publicationIds: z.array(z.string()),
});

const provinceBody = z.strictObject({ type: z.literal("PROVINCE"), cities: z.array(publicProvinceCitySchema) });

/** One publication as published: the figures of its frozen snapshot, nothing else. */
export const publicPublicationSchema = publicPublicationRefSchema.extend({
  city: z.strictObject({ slug: z.string(), name: z.string() }).nullable(),
  province: z.string(),
  body: z.discriminatedUnion("type", [roundBody, periodBody, provinceBody]),
});

export const publicScorePointSchema = z.strictObject({ publicationId: z.string(), title: z.string(), periodEnd: date, cityScore: score, vetoed: z.boolean() });

/** A city on the home page and in `GET /api/public/v1/cities`. */
export const publicCitySummarySchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  province: z.string(),
  /** The latest standing round publication's city score (any kind when the city has no round publication). */
  latest: z.strictObject({ publicationId: z.string(), cityScore: score, vetoed: z.boolean(), periodEnd: date, publishedAt: instant }).nullable(),
  /** City scores of the latest standing round publications, oldest first. */
  trend: z.array(publicScorePointSchema),
  /** Cycle progress as of the latest standing publication. */
  progress: z
    .strictObject({
      publicationId: z.string(),
      plan: z.string().nullable(),
      tasksCompleted: count,
      tasksTotal: count,
      rectification: publicRectificationSchema,
    })
    .nullable(),
  lastPublishedAt: instant.nullable(),
});

export const publicReportFiguresSchema = z.strictObject({
  received: count,
  accepted: count,
  rectified: count,
  satisfied: count,
  dissatisfied: count,
  /** Satisfied of rated, in percent with one decimal ("92.5"), or null before the first rating. */
  satisfactionRate: z.string().nullable(),
});

/** `/cities/{slug}` and `GET /api/public/v1/cities/{slug}`. */
export const publicCitySchema = publicCitySummarySchema.extend({
  cycle: z.strictObject({ name: z.string(), startYear: z.number().int(), endYear: z.number().int() }).nullable(),
  planProgress: publicPlanProgressSchema.extend({ publicationId: z.string(), publishedAt: instant }).nullable(),
  /** The latest standing publication that ranks departments: its department rows and every red/black list. */
  rankings: z
    .strictObject({ publication: publicPublicationRefSchema, departments: z.array(publicDepartmentRowSchema), lists: z.array(publicListSchema) })
    .nullable(),
  /** Published city scores of standing round publications, oldest first (the chart). */
  scores: z.array(publicScorePointSchema),
  /** Rectification figures of the last standing round publications, newest first. */
  rectification: z.array(publicRectificationSchema.extend({ publicationId: z.string(), title: z.string(), periodStart: date, periodEnd: date })),
  reports: publicReportFiguresSchema,
  /** The newest publications (superseded ones included, marked). */
  recentPublications: z.array(publicPublicationRefSchema),
  publicationCount: count,
});

/** A province on the home page: its public cities and its latest standing province ranking. */
export const publicProvinceSchema = z.strictObject({
  name: z.string(),
  cities: z.array(publicCitySummarySchema),
  ranking: publicPublicationSchema.nullable(),
});

export type PublicPublicationRef = z.infer<typeof publicPublicationRefSchema>;
export type PublicPublication = z.infer<typeof publicPublicationSchema>;
export type PublicList = z.infer<typeof publicListSchema>;
export type PublicDepartmentRow = z.infer<typeof publicDepartmentRowSchema>;
export type PublicCitySummary = z.infer<typeof publicCitySummarySchema>;
export type PublicCity = z.infer<typeof publicCitySchema>;
export type PublicProvince = z.infer<typeof publicProvinceSchema>;
export type PublicScorePoint = z.infer<typeof publicScorePointSchema>;
export type PublicReportFigures = z.infer<typeof publicReportFiguresSchema>;
export type PublicPage<T> = { items: T[]; total: number; page: number; pageSize: number };
