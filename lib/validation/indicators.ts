import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";
import { ASSESSMENT_METHODS, RUBRIC_KINDS } from "@/lib/domain/indicators/labels";

// Indicator editions (测评体系): the zod schemas shared by the use cases, the UI and /api/v1.

const booleanParam = z.union([z.boolean(), z.stringbool()]);
const decimalString = z.string().describe('十进制数字符串，如 "4" 或 "0.5"');

export const EDITION_FILE_FORMATS = ["xlsx", "yaml"] as const;

export const listEditionsQuery = z.object({
  q: z.string().trim().max(100).optional().describe("按编码或名称搜索"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListEditionsParams = z.input<typeof listEditionsQuery>;

export const editionRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  provinceId: z.string().nullable(),
  isLocked: z.boolean(),
  criteriaCount: z.number().int(),
  totalPoints: decimalString,
  version: z.number().int(),
  createdAt: z.string().describe("ISO 8601"),
  updatedAt: z.string().describe("ISO 8601"),
});
export type EditionRow = z.infer<typeof editionRowSchema>;

export const getEditionQuery = z.object({ cityId: idSchema.optional().describe("加上该城市的本地测评标准") });

export const exportEditionQuery = z.object({
  format: z.enum(EDITION_FILE_FORMATS).default("xlsx"),
  cityId: idSchema.optional().describe("导出该城市采用并本地化后的版本（本地测评标准、责任单位、整改时限）"),
});
export const exportEditionInput = exportEditionQuery.extend({ editionId: idSchema });
export type ExportEditionInput = z.input<typeof exportEditionInput>;

export const importEditionQuery = z.object({ dryRun: booleanParam.optional().describe("1：只检查并预览，不导入") });
export const importEditionBody = z.object({ file: z.file().describe(".xlsx、.yaml/.yml 或 .json") });

/** What `importEdition` takes: the uploaded file's name and bytes. */
export const importEditionInput = z.object({
  file: z.object(
    { name: z.string().trim().min(1).max(255), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, "请选择要导入的文件。") },
    { error: "请选择要导入的文件。" },
  ),
  dryRun: z.boolean().optional(),
});
export type ImportEditionInput = z.input<typeof importEditionInput>;

export const importProblemSchema = z.object({
  sheet: z.string().describe("工作表名；YAML/JSON 文件为 YAML 或 JSON"),
  row: z.number().int().nullable().describe("Excel 行号（从 1 起）；YAML/JSON 为第几条测评标准"),
  column: z.string().nullable().describe("列名；YAML/JSON 为字段路径"),
  message: z.string(),
});
export const importWarningSchema = z.object({
  kind: z.enum(["UNKNOWN_DEPARTMENT", "UNKNOWN_SITE_TYPE"]),
  name: z.string(),
  message: z.string(),
  criteria: z.array(z.string()).describe("使用该名称的测评标准编码"),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

export const editionCountsSchema = z.object({
  categories: z.number().int(),
  contents: z.number().int(),
  criteria: z.number().int(),
  points: decimalString,
});
export const importResultSchema = z.object({ id: z.string(), counts: editionCountsSchema, warnings: z.array(importWarningSchema) });
export const importPreviewSchema = z.object({
  edition: z.object({ name: z.string(), code: z.string(), description: z.string().nullable() }),
  counts: editionCountsSchema,
  warnings: z.array(importWarningSchema),
  tree: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      points: decimalString,
      contents: z.array(z.object({ code: z.string(), name: z.string(), points: decimalString, criteria: z.number().int() })),
    }),
  ),
});
export const importErrorSchema = z.object({
  error: z.object({ code: z.literal("IMPORT_INVALID"), message: z.string() }),
  errors: z.array(importProblemSchema),
});

const criterionNodeSchema = z.object({
  id: z.string(),
  cityId: z.string().nullable().describe("城市本地测评标准的城市"),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  points: decimalString,
  method: z.enum(ASSESSMENT_METHODS),
  rubricKind: z.enum(RUBRIC_KINDS),
  rubricParams: z.record(z.string(), z.unknown()),
  rubricText: z.string().describe("评分规则的中文说明"),
  siteTypeNames: z.array(z.string()),
  leadDepartmentName: z.string().nullable(),
  coDepartmentNames: z.array(z.string()),
  isVeto: z.boolean(),
  onlineSubmissionRule: z.string().nullable(),
  rectificationDays: z.number().int().nullable(),
});
const levelFields = { id: z.string(), code: z.string(), name: z.string(), points: decimalString, criteriaCount: z.number().int() };
export const editionTreeSchema = editionRowSchema.omit({ criteriaCount: true, totalPoints: true }).extend({
  counts: editionCountsSchema,
  categories: z.array(z.object({ ...levelFields, contents: z.array(z.object({ ...levelFields, criteria: z.array(criterionNodeSchema) })) })),
});
export type EditionTreeView = z.infer<typeof editionTreeSchema>;
