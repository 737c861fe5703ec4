import { recurrenceSchema } from "@/lib/validation/tasks";
import { businessDateSchema, idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Task lists (任务清单) in and out of Excel: the schemas of the import, its preview and the export.

const booleanParam = z.union([z.boolean(), z.stringbool()]);

export const importTaskListQuery = z.object({
  dryRun: booleanParam.optional().describe("1：只检查并预览，不导入"),
  annualPlan: idSchema.optional().describe("导入到哪个年度实施方案；默认本市当前年度实施方案"),
});
export const importTaskListBody = z.object({ file: z.file().describe("按模板填写的 .xlsx 任务清单") });

/** What `importTaskList` takes: the uploaded file's name and bytes, and where to import it. */
export const importTaskListInput = z.object({
  file: z.object(
    { name: z.string().trim().min(1).max(255), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, "请选择要导入的文件。") },
    { error: "请选择要导入的文件。" },
  ),
  annualPlanId: idSchema.optional(),
  dryRun: z.boolean().optional(),
});
export type ImportTaskListInput = z.input<typeof importTaskListInput>;

const previewRowSchema = z.object({
  row: z.number().int().describe("Excel 行号"),
  action: z.string(),
  isNewAction: z.boolean(),
  title: z.string(),
  leadDepartment: z.string(),
  coDepartments: z.array(z.string()),
  responsiblePerson: z.string().nullable(),
  deadline: businessDateSchema.nullable(),
  recurrence: recurrenceSchema,
  criteria: z.array(z.string()),
});

export const taskImportPreviewSchema = z.object({
  annualPlan: z.object({ id: z.string(), year: z.number().int(), title: z.string() }),
  counts: z.object({ tasks: z.number().int(), newActions: z.number().int(), departments: z.number().int().describe("涉及的牵头和配合单位数") }),
  actions: z.array(z.object({ name: z.string(), isNew: z.boolean(), tasks: z.number().int() })),
  newActionNames: z.array(z.string()),
  rows: z.array(previewRowSchema).describe("前 20 行，按将要创建的样子"),
});
export type TaskImportPreview = z.infer<typeof taskImportPreviewSchema>;

export const taskImportResultSchema = z.object({
  annualPlanId: z.string(),
  created: z.number().int().describe("新建任务数"),
  actionsCreated: z.number().int().describe("新建行动数"),
});
export type TaskImportResult = z.infer<typeof taskImportResultSchema>;

export const exportTaskListQuery = z.object({
  annualPlan: idSchema.optional().describe("年度实施方案 id；默认本市当前年度实施方案"),
  city: idSchema.optional().describe("城市 id（省级督导、系统管理员）"),
});
