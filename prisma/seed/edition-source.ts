import Decimal from "decimal.js";
import { z } from "@/lib/validation/zod";
import { AssessmentMethod } from "@/lib/generated/prisma/enums";

// The shape of an indicator system written by hand (the sample YAML, test fixtures), and its
// translation into rows of the Criterion table. Rubric parameters follow shared/scoring.md.

const points = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    try {
      const decimal = new Decimal(value);
      if (decimal.gt(0)) return decimal.toString();
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "分值须为正数" });
    return z.NEVER;
  });

const rubricSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("DEDUCT"), perFinding: z.number().positive(), cap: z.number().min(0).optional() }),
  z.strictObject({ kind: z.literal("PROPORTION") }),
  z.strictObject({ kind: z.literal("PASS_FAIL") }),
  z.strictObject({ kind: z.literal("GRADED"), grades: z.record(z.string().min(1), z.number().min(0).max(1)).optional() }),
  z.strictObject({
    kind: z.literal("THRESHOLD"),
    target: z.number().positive(),
    direction: z.enum(["AT_LEAST", "AT_MOST"]),
    unit: z.string().optional(),
  }),
]);

const criterionSchema = z
  .strictObject({
    code: z.string().min(1),
    name: z.string().min(1),
    description: z.string().optional(),
    points,
    method: z.enum(AssessmentMethod),
    rubric: rubricSchema,
    site_types: z.array(z.string().min(1)).optional(),
    lead: z.string().min(1).optional(),
    co: z.array(z.string().min(1)).optional(),
    veto: z.boolean().optional(),
  })
  .transform(({ rubric, site_types, lead, co, veto, description, ...rest }) => {
    const { kind, ...params } = rubric;
    return {
      ...rest,
      description: description ?? null,
      rubricKind: kind,
      rubricParams: params as Record<string, unknown>,
      siteTypeNames: site_types ?? [],
      leadDepartmentName: lead ?? null,
      coDepartmentNames: co ?? [],
      isVeto: veto ?? false,
    };
  });

const contentSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
  criteria: z.array(criterionSchema).min(1),
});

const categorySchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
  contents: z.array(contentSchema).min(1),
});

export const editionSourceSchema = z
  .strictObject({
    edition: z.string().min(1),
    code: z.string().min(1),
    description: z.string().optional(),
    categories: z.array(categorySchema).min(1),
  })
  .superRefine((edition, ctx) => {
    const contents = edition.categories.flatMap((category) => category.contents);
    const levels = [edition.categories, contents, contents.flatMap((content) => content.criteria)];
    for (const nodes of levels) {
      const seen = new Set<string>();
      for (const { code } of nodes) {
        if (seen.has(code)) ctx.addIssue({ code: "custom", message: `编码重复：${code}`, path: ["categories"] });
        seen.add(code);
      }
    }
  })
  .transform(({ edition, code, description, categories }) => ({
    name: edition,
    code,
    description: description ?? null,
    categories,
  }));

/** An indicator system as written in YAML: `{ edition, code, categories: [{ contents: [{ criteria }] }] }`. */
export type EditionSource = z.input<typeof editionSourceSchema>;
/** The validated tree, criteria shaped like Criterion rows (points as decimal strings). */
export type EditionTree = z.output<typeof editionSourceSchema>;
export type CriterionNode = EditionTree["categories"][number]["contents"][number]["criteria"][number];

export function parseEditionTree(source: unknown): EditionTree {
  return editionSourceSchema.parse(source);
}
