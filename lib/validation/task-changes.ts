import { businessDate as businessDateWith, idSchema } from "@/lib/validation/primitives";
import { recurrenceSchema, taskRowSchema } from "@/lib/validation/tasks";
import { z } from "@/lib/validation/zod";

// Task writes (新建、修改、交办、签收、申请调整、确认完成、催办): the zod schemas shared by the
// task form, the server actions and /api/v1.

const versionSchema = z.coerce.number().int().min(1);
const optionalText = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).nullish();

const businessDate = businessDateWith({ format: "完成时限应为 YYYY-MM-DD 格式的日期", invalid: "完成时限不是有效日期" });

// "" or null clears the number; a number or a numeric string sets it.
const targetValueSchema = z
  .union([z.number(), z.string().trim()])
  .nullish()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    if (value === null || value === "") return null;
    const number = typeof value === "number" ? value : Number(value);
    if (!Number.isFinite(number) || Math.abs(number) >= 1e10) {
      ctx.addIssue({ code: "custom", message: "目标数值应为数字" });
      return z.NEVER;
    }
    return number;
  });

const idList = (tooMany: string) => z.array(idSchema).max(200, tooMany);

export const taskFieldsSchema = z.object({
  actionId: z.string({ error: "请选择所属行动" }).trim().min(1, "请选择所属行动").max(64),
  title: z.string({ error: "请填写任务名称" }).trim().min(1, "请填写任务名称").max(200, "任务名称不能超过 200 字"),
  description: optionalText(4000, "任务内容不能超过 4000 字"),
  target: optionalText(1000, "工作目标不能超过 1000 字"),
  targetValue: targetValueSchema,
  targetUnit: optionalText(20, "目标单位不能超过 20 字"),
  leadDepartmentId: z.string({ error: "请选择牵头单位" }).trim().min(1, "请选择牵头单位").max(64),
  coDepartmentIds: idList("配合单位过多").default([]),
  responsiblePerson: optionalText(50, "责任人不能超过 50 字"),
  deadline: z.union([businessDate, z.literal(""), z.null()]).optional(),
  recurrence: z.enum(recurrenceSchema.options, { error: "请选择周期" }).default("NONE"),
  criterionIds: idList("对应测评标准过多").default([]),
});

export const createTaskInput = taskFieldsSchema;
export type CreateTaskInput = z.input<typeof createTaskInput>;

/** Every field but `id` and `version` may be left out: an omitted field keeps its value. */
export const updateTaskInput = taskFieldsSchema
  .partial()
  .extend({ id: idSchema, version: versionSchema, coDepartmentIds: idList("配合单位过多").optional(), criterionIds: idList("对应测评标准过多").optional() });
export type UpdateTaskInput = z.input<typeof updateTaskInput>;

export const taskVersionInput = z.object({ id: idSchema, version: versionSchema });
export type TaskVersionInput = z.input<typeof taskVersionInput>;

export const taskIdsInput = z.object({
  ids: z.array(idSchema, { error: "请选择任务" }).min(1, "请选择任务").max(500, "一次最多处理 500 项任务"),
});
export type TaskIdsInput = z.input<typeof taskIdsInput>;

export const taskChangeRequestInput = taskVersionInput.extend({
  reason: z.string({ error: "请填写调整理由" }).trim().min(1, "请填写调整理由").max(500, "调整理由不能超过 500 字"),
});
export type TaskChangeRequestInput = z.input<typeof taskChangeRequestInput>;

export const dispatchResultSchema = z.object({
  count: z.number().int().describe("本次交办的任务数"),
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })).describe("未交办的任务及原因"),
});
export type DispatchResult = z.infer<typeof dispatchResultSchema>;

export const countResultSchema = z.object({ count: z.number().int() });

/** What every task write returns: the task row plus its dispatch and sign-off facts. */
export const taskChangeRowSchema = taskRowSchema.extend({
  targetValue: z.string().nullable().describe("目标数值（十进制字符串）"),
  targetUnit: z.string().nullable(),
  dispatchedAt: z.string().nullable().describe("ISO 8601"),
  acknowledgedAt: z.string().nullable().describe("ISO 8601"),
  changeReason: z.string().nullable().describe("最近一次申请调整的理由"),
  changeRequestedAt: z.string().nullable().describe("ISO 8601"),
  completedAt: z.string().nullable().describe("市文明办确认完成的时间 (ISO 8601)"),
});
export type TaskChangeRow = z.infer<typeof taskChangeRowSchema>;
