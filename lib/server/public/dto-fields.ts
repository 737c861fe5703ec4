import type { z } from "@/lib/validation/zod";
import * as dto from "./public-dto";

// The field paths of the public DTOs, as docs/public-data.md lists them: each named schema's own
// fields, nested objects as `a.b`, array items as `a[].b`; a field holding another named schema
// stops there (that schema has its own table).

export const NAMED_SCHEMAS = {
  PublicPublicationRef: dto.publicPublicationRefSchema,
  PublicPublication: dto.publicPublicationSchema,
  PublicList: dto.publicListSchema,
  PublicDepartmentRow: dto.publicDepartmentRowSchema,
  PublicPlanProgress: dto.publicPlanProgressSchema,
  PublicRectification: dto.publicRectificationSchema,
  PublicMovement: dto.publicMovementSchema,
  PublicProvinceCity: dto.publicProvinceCitySchema,
  PublicScorePoint: dto.publicScorePointSchema,
  PublicCitySummary: dto.publicCitySummarySchema,
  PublicReportFigures: dto.publicReportFiguresSchema,
  PublicCity: dto.publicCitySchema,
  PublicProvince: dto.publicProvinceSchema,
} as const;

/** Schemas that extend another: their table lists only the fields they add. */
const BASES: Partial<Record<keyof typeof NAMED_SCHEMAS, keyof typeof NAMED_SCHEMAS>> = {
  PublicPublication: "PublicPublicationRef",
  PublicCity: "PublicCitySummary",
};

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

function walk(schema: z.ZodType, prefix: string, isTop: boolean, out: string[]): void {
  const named = Object.entries(NAMED_SCHEMAS).find(([, candidate]) => candidate === schema);
  if (named && !isTop) {
    out.push(`${prefix} → ${named[0]}`);
    return;
  }
  const def = defOf(schema);
  if (def.type === "nullable" || def.type === "optional") return walk(def.innerType!, prefix, isTop, out);
  if (def.type === "array") return walk(def.element!, `${prefix}[]`, false, out);
  if (def.type === "union") {
    for (const option of def.options!) walk(option, prefix, false, out);
    return;
  }
  if (def.type === "object") {
    for (const [key, child] of Object.entries(def.shape!)) walk(child, prefix ? `${prefix}.${key}` : key, false, out);
    return;
  }
  out.push(prefix);
}

/** Every documented path of one named schema (its own fields only when it extends another). */
export function fieldsOf(name: keyof typeof NAMED_SCHEMAS): string[] {
  const out: string[] = [];
  walk(NAMED_SCHEMAS[name], "", true, out);
  const base = BASES[name];
  const inherited = base ? new Set(fieldsOf(base)) : new Set<string>();
  return [...new Set(out)].filter((path) => !inherited.has(path));
}
