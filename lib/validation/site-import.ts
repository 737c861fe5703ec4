import { z } from "@/lib/validation/zod";

// Site lists (点位) in and out of Excel: the schemas of the import, its preview and the export.

const booleanParam = z.union([z.boolean(), z.stringbool()]);

export const importSitesQuery = z.object({ dryRun: booleanParam.optional().describe("1：只检查并预览，不导入") });
export const importSitesBody = z.object({ file: z.file().describe("按模板填写的 .xlsx 点位表") });

/** What `importSites` takes: the uploaded file's name and bytes. */
export const importSitesInput = z.object({
  file: z.object(
    { name: z.string().trim().min(1).max(255), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, "请选择要导入的文件。") },
    { error: "请选择要导入的文件。" },
  ),
  dryRun: z.boolean().optional(),
});
export type ImportSitesInput = z.input<typeof importSitesInput>;

export const siteImportPreviewSchema = z.object({
  counts: z.object({ sites: z.number().int(), streets: z.number().int(), departments: z.number().int().describe("涉及的包点单位数") }),
  types: z.array(z.object({ name: z.string(), sites: z.number().int() })),
  rows: z
    .array(
      z.object({
        row: z.number().int().describe("Excel 行号"),
        name: z.string(),
        siteType: z.string(),
        street: z.string().nullable(),
        grid: z.string().nullable(),
        responsibleDepartment: z.string(),
        code: z.string().nullable().describe("空：导入时自动编号"),
      }),
    )
    .describe("前 20 行"),
});
export type SiteImportPreview = z.infer<typeof siteImportPreviewSchema>;

export const siteImportResultSchema = z.object({ created: z.number().int().describe("新建点位数") });
export type SiteImportResult = z.infer<typeof siteImportResultSchema>;
