import { parseCoordinate, type CoordinateKind } from "@/lib/domain/sites/site-coordinates";
import { SITE_CODE_MESSAGE, SITE_CODE_PATTERN } from "@/lib/domain/sites/site-code";
import { SITE_LIMITS } from "@/lib/domain/sites/site-limits";
import { blankToNull, idSchema, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Sites (点位): the zod schemas shared by the forms, the server actions and /api/v1/sites.

const versionSchema = z.coerce.number().int().min(1);
const booleanParam = z.union([z.boolean(), z.stringbool()]);

const coordinate = (kind: CoordinateKind) =>
  blankToNull(
    z.union([z.string(), z.number()]).transform((raw, ctx) => {
      const parsed = parseCoordinate(raw, kind);
      if ("value" in parsed) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
  );

const optionalText = (max: number) => blankToNull(singleLineText().max(max, `不能超过 ${max} 个字`));

export const siteCodeSchema = singleLineText().regex(SITE_CODE_PATTERN, SITE_CODE_MESSAGE);

export const siteFieldsSchema = z.object({
  name: singleLineText().min(1, "请填写点位名称").max(SITE_LIMITS.name, `不能超过 ${SITE_LIMITS.name} 个字`),
  /** Generated (D-0001 …) when left out or blank. */
  code: blankToNull(siteCodeSchema),
  siteTypeId: idSchema.describe("点位类型 id"),
  street: optionalText(SITE_LIMITS.street),
  grid: optionalText(SITE_LIMITS.grid),
  address: optionalText(SITE_LIMITS.address),
  longitude: coordinate("longitude").describe("经度，十进制数字符串，最多 6 位小数"),
  latitude: coordinate("latitude").describe("纬度，十进制数字符串，最多 6 位小数"),
  responsibleDepartmentId: idSchema.describe("包点单位 id（本市单位）"),
});

export const createSiteInput = siteFieldsSchema;
export type CreateSiteInput = z.input<typeof createSiteInput>;

/** Every field but `id` and `version` may be left out: an omitted field keeps its value. */
export const updateSiteInput = siteFieldsSchema.partial().extend({ code: siteCodeSchema.optional(), id: idSchema, version: versionSchema });
export type UpdateSiteInput = z.input<typeof updateSiteInput>;

export const siteVersionInput = z.object({ id: idSchema, version: versionSchema });
export type SiteVersionInput = z.input<typeof siteVersionInput>;

/** `active`: omitted lists active sites only; false the deactivated ones; `all` both. */
export const siteActiveFilter = z.union([booleanParam, z.literal("all")]);

export const listSitesQuery = z.object({
  city: idSchema.optional().describe("城市 id（省级督导、系统管理员）"),
  type: idSchema.optional().describe("点位类型 id"),
  street: singleLineText().max(SITE_LIMITS.street).optional().describe("街道（完全一致）"),
  grid: singleLineText().max(SITE_LIMITS.grid).optional().describe("网格（完全一致）"),
  department: idSchema.optional().describe("包点单位 id"),
  q: singleLineText().max(100).optional().describe("按名称、编号、地址搜索"),
  active: siteActiveFilter.optional().describe("默认只列在用点位；0：已停用；all：全部"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListSitesParams = z.input<typeof listSitesQuery>;

const named = z.object({ id: z.string(), name: z.string() });

export const siteRowSchema = z.object({
  id: z.string(),
  cityId: z.string(),
  code: z.string().describe("点位编号，本市唯一，仅英文字母、数字和短横线"),
  name: z.string(),
  siteType: named,
  street: z.string().nullable(),
  grid: z.string().nullable(),
  address: z.string().nullable(),
  latitude: z.string().nullable().describe("十进制数字符串"),
  longitude: z.string().nullable().describe("十进制数字符串"),
  responsibleDepartment: named,
  active: z.boolean(),
  version: z.number().int(),
});
export type SiteRow = z.infer<typeof siteRowSchema>;

/** The choices of the site filters and form. */
export type SiteOptions = {
  types: Array<{ id: string; name: string }>;
  departments: Array<{ id: string; name: string }>;
  streets: string[];
  grids: string[];
};
