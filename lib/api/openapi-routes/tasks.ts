import { z } from "@/lib/validation/zod";
import { listTasksQuery, taskRowSchema } from "@/lib/validation/tasks";
import { taskWriteRoutes } from "./task-writes";
import type { ApiRouteDoc } from "./types";

// Tasks (任务清单): the same zod schemas the reads validate with.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const taskRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/tasks",
    summary:
      "任务列表 (tasks in scope; a liaison gets those its department leads or co-owns; filters by department, action, status, overdue, due window, criterion, dispatch state, title; sort by deadline, title, status, lead or action)",
    tags: ["tasks"],
    query: listTasksQuery,
    response: listOf(taskRowSchema),
  },
  {
    method: "get",
    path: "/api/v1/tasks/{id}",
    summary: "任务详情 (a task; 404 outside the caller's scope)",
    tags: ["tasks"],
    query: z.object({}),
    response: taskRowSchema,
  },
  ...taskWriteRoutes,
];
