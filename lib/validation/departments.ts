import { blankToNull, idSchema, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Departments (责任单位): the zod schemas shared by the forms, the server actions and /api/v1.

export const DEPARTMENT_KINDS = ["BUREAU", "STREET_OFFICE"] as const;
export const departmentKindSchema = z.enum(DEPARTMENT_KINDS);

const versionSchema = z.coerce.number().int().min(1);
// An optional text: omitted keeps the stored value, null or "" clears it.
const optionalText = (max: number) => blankToNull(singleLineText().max(max));
const booleanParam = z.union([z.boolean(), z.stringbool()]);

export const departmentFieldsSchema = z.object({
  name: singleLineText().min(1, "请填写单位名称").max(100),
  shortName: optionalText(50),
  kind: departmentKindSchema,
  leaderName: optionalText(50),
  leaderTitle: optionalText(100),
  liaisonName: optionalText(50),
  liaisonPhone: optionalText(30),
  sortOrder: z.coerce.number().int().min(0).max(99_999).optional(),
});

export const createDepartmentInput = departmentFieldsSchema;
export type CreateDepartmentInput = z.input<typeof createDepartmentInput>;

/** Every field but `id` and `version` may be left out: an omitted field keeps its value. */
export const updateDepartmentInput = departmentFieldsSchema.partial().extend({ id: idSchema, version: versionSchema });
export type UpdateDepartmentInput = z.input<typeof updateDepartmentInput>;

export const departmentVersionInput = z.object({ id: idSchema, version: versionSchema });
export type DepartmentVersionInput = z.input<typeof departmentVersionInput>;

export const listDepartmentsQuery = z.object({
  cityId: idSchema.optional(),
  q: singleLineText().max(100).optional(),
  kind: departmentKindSchema.optional(),
  includeDeleted: booleanParam.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListDepartmentsParams = z.input<typeof listDepartmentsQuery>;

export const departmentRowSchema = z.object({
  id: z.string(),
  cityId: z.string(),
  cityName: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: departmentKindSchema,
  leaderName: z.string().nullable(),
  leaderTitle: z.string().nullable(),
  liaisonName: z.string().nullable(),
  liaisonPhone: z.string().nullable(),
  sortOrder: z.number().int(),
  version: z.number().int(),
  deletedAt: z.string().nullable().describe("ISO 8601"),
  liaisonUsers: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});
export type DepartmentRow = z.infer<typeof departmentRowSchema>;
