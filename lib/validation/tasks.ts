import { DISPATCH_STATUSES } from "@/lib/domain/tasks/dispatch-rules";
import { TASK_STATUSES } from "@/lib/domain/tasks/task-status";
import { businessDateSchema, idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Tasks (任务): the zod schemas shared by the views, the server reads and /api/v1.

const booleanParam = z.union([z.boolean(), z.stringbool()]);

export const taskStatusSchema = z.enum(TASK_STATUSES);
export const recurrenceSchema = z.enum(["NONE", "WEEKLY", "MONTHLY", "QUARTERLY"]);
export const dispatchStatusSchema = z.enum(DISPATCH_STATUSES);
export type DispatchStatus = z.infer<typeof dispatchStatusSchema>;

export const TASK_SORT_KEYS = ["deadline", "title", "status", "lead", "action"] as const;
export type TaskSortKey = (typeof TASK_SORT_KEYS)[number];

const businessDateParam = businessDateSchema;

export const listTasksQuery = z
  .object({
    department: idSchema.optional().describe("单位 id：该单位牵头或配合的任务"),
    action: idSchema.optional().describe("行动 id"),
    status: taskStatusSchema.optional().describe("按推导状态筛选"),
    overdue: booleanParam.optional().describe("1：只看逾期任务；0：排除逾期任务"),
    dueFrom: businessDateParam.optional().describe("完成时限不早于（YYYY-MM-DD，含当日；周期任务按其各期截止日）"),
    dueTo: businessDateParam.optional().describe("完成时限不晚于（YYYY-MM-DD，含当日；周期任务按其各期截止日）"),
    criterion: idSchema.optional().describe("测评标准 id 或编码：服务该标准的任务"),
    dispatchStatus: dispatchStatusSchema.optional().describe("交办状态：DISPATCHED 为已交办未签收"),
    pendingReview: booleanParam.optional().describe("1：只看有台账待审核的任务；0：排除这些任务"),
    q: z.string().trim().max(100, "搜索词不能超过 100 个字").optional().describe("任务名称包含的文字"),
    sort: z.enum(TASK_SORT_KEYS, { error: "排序字段应为 deadline、title、status、lead 或 action" }).optional().describe("排序字段；默认按完成时限"),
    order: z.enum(["asc", "desc"], { error: "排序方向应为 asc 或 desc" }).optional().describe("排序方向，默认 asc；同值按 id 排"),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .superRefine((query, ctx) => {
    if (query.dueFrom && query.dueTo && query.dueFrom > query.dueTo) {
      ctx.addIssue({ code: "custom", path: ["dueFrom"], message: "开始日期不能晚于结束日期" });
    }
  });
export type ListTasksParams = z.input<typeof listTasksQuery>;

const namedRef = z.object({ id: z.string(), name: z.string() });

export const taskRowSchema = z.object({
  id: z.string(),
  cityId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  target: z.string().nullable(),
  action: namedRef,
  leadDepartment: namedRef,
  coDepartments: z.array(namedRef),
  responsiblePerson: z.string().nullable(),
  deadline: z.string().nullable().describe("YYYY-MM-DD"),
  recurrence: recurrenceSchema,
  dispatchStatus: dispatchStatusSchema,
  status: taskStatusSchema.describe("由事实推导：未开始、进行中、已完成、逾期"),
  criteria: z.array(z.string()).describe("所服务的测评标准编码"),
  version: z.number().int(),
});
export type TaskRow = z.infer<typeof taskRowSchema>;
