import { idSchema, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Provinces and cities as the system admin manages them.

const versionSchema = z.coerce.number().int().min(1);

export const provinceFieldsSchema = z.object({
  code: singleLineText()
    .min(1, "请填写省份代码")
    .max(20, "省份代码不能超过 20 个字符")
    .regex(/^[A-Za-z0-9-]+$/, "省份代码只能包含英文字母、数字和连字符"),
  name: singleLineText().min(1, "请填写省份名称").max(50, "省份名称不能超过 50 个字"),
});
export const createProvinceInput = provinceFieldsSchema;
export type CreateProvinceInput = z.input<typeof createProvinceInput>;
export const updateProvinceInput = provinceFieldsSchema.partial().extend({ id: idSchema, version: versionSchema });
export type UpdateProvinceInput = z.input<typeof updateProvinceInput>;

export const provinceRowSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), cityCount: z.number().int(), version: z.number().int() });
export type ProvinceRow = z.infer<typeof provinceRowSchema>;

/** The public address of a city: /cities/{slug}. */
export const citySlugSchema = singleLineText()
  .min(2, "访问标识至少 2 个字符")
  .max(64, "访问标识不能超过 64 个字符")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "访问标识只能包含小写英文字母、数字和连字符（不能以连字符开头或结尾）");

export const cityFieldsSchema = z.object({
  provinceId: idSchema,
  name: singleLineText().min(1, "请填写城市名称").max(50, "城市名称不能超过 50 个字"),
  slug: citySlugSchema,
  isNominated: z.union([z.boolean(), z.stringbool()]),
});
export const createCityInput = cityFieldsSchema.extend({ isNominated: cityFieldsSchema.shape.isNominated.default(true) });
export type CreateCityInput = z.input<typeof createCityInput>;
export const updateCityInput = cityFieldsSchema.partial().extend({ id: idSchema, version: versionSchema });
export type UpdateCityInput = z.input<typeof updateCityInput>;

export const adminCityRowSchema = z.object({
  id: z.string(),
  provinceId: z.string(),
  provinceName: z.string(),
  name: z.string(),
  slug: z.string(),
  isNominated: z.boolean(),
  currentCycleName: z.string().nullable(),
  version: z.number().int(),
});
export type AdminCityRow = z.infer<typeof adminCityRowSchema>;
