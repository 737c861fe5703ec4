import { TASK_STATUSES } from "@/lib/domain/tasks/task-status";
import { z } from "@/lib/validation/zod";

// Tasks (任务): the zod schemas shared by the views, the server reads and /api/v1.

const idSchema = z.string().trim().min(1).max(64);
const booleanParam = z.union([z.boolean(), z.stringbool()]);

export const taskStatusSchema = z.enum(TASK_STATUSES);
export const recurrenceSchema = z.enum(["NONE", "WEEKLY", "MONTHLY", "QUARTERLY"]);
export const dispatchStatusSchema = z.enum(["DRAFT", "DISPATCHED", "ACKNOWLEDGED", "CHANGE_REQUESTED"]);

export const listTasksQuery = z.object({
  department: idSchema.optional().describe("单位 id：该单位牵头或配合的任务"),
  action: idSchema.optional().describe("行动 id"),
  status: taskStatusSchema.optional().describe("按推导状态筛选"),
  overdue: booleanParam.optional().describe("1：只看逾期任务；0：排除逾期任务"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
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
