import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { taskRoutes } from "@/lib/api/openapi-routes/tasks";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createTaskScenario, type TaskScenario } from "@/tests/factories/task";
import * as taskRoute from "@/app/api/v1/tasks/[id]/route";
import * as tasksRoute from "@/app/api/v1/tasks/route";

// Route handlers are called directly with Bearer tokens; there is no session outside a request.
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let w: TaskScenario;
let adminToken: string;
let liaisonToken: string;

beforeAll(async () => {
  w = await createTaskScenario(db());
  const admin = w.s.actors.cityAdminA;
  adminToken = (await createApiToken(admin, { name: "任务接口", role: "CITY_ADMIN", expiresInDays: 7 })).token;
  liaisonToken = (await createApiToken(admin, { name: "联络员", role: "DEPARTMENT_LIAISON", departmentId: w.s.departmentA1.id, expiresInDays: 7 })).token;
});

const request = (path: string, token = adminToken) =>
  new NextRequest(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

describe("GET /api/v1/tasks", () => {
  it("lists the city's tasks in the list envelope", async () => {
    const response = await tasksRoute.GET(request("/api/v1/tasks?pageSize=2&page=1"), none);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toMatchObject({
      id: expect.any(String),
      title: expect.any(String),
      leadDepartment: { id: expect.any(String), name: expect.any(String) },
      coDepartments: expect.any(Array),
      status: "COMPLETED",
      deadline: "2020-01-01",
      criteria: expect.any(Array),
      action: { id: w.mainAction.id, name: w.mainAction.name },
    });
  });

  it("filters by overdue=1, status, department and action", async () => {
    const ids = async (query: string) => {
      const body = await (await tasksRoute.GET(request(`/api/v1/tasks?${query}`), none)).json();
      return (body.items as { id: string }[]).map((task) => task.id).sort();
    };
    const overdue = [w.tasks.overdue.id, w.tasks.recurring.id].sort();
    expect(await ids("overdue=1")).toEqual(overdue);
    expect(await ids("status=OVERDUE")).toEqual(overdue);
    expect(await ids(`department=${w.s.departmentA1.id}`)).toEqual([w.tasks.overdue.id, w.tasks.inProgress.id].sort());
    expect(await ids(`action=${w.otherAction.id}`)).toEqual([w.tasks.notStarted.id]);
  });

  it("gives a liaison the tasks its department leads or co-owns", async () => {
    const body = await (await tasksRoute.GET(request("/api/v1/tasks", liaisonToken), none)).json();
    expect(body.total).toBe(2);
    expect((body.items as { id: string }[]).map((task) => task.id).sort()).toEqual([w.tasks.overdue.id, w.tasks.inProgress.id].sort());
  });

  it("answers 422 with field errors for a bad filter and 401 without a token", async () => {
    const bad = await tasksRoute.GET(request("/api/v1/tasks?status=DONE"), none);
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: "VALIDATION_FAILED" }, fieldErrors: { status: expect.any(Array) } });
    const anonymous = await tasksRoute.GET(request("/api/v1/tasks", ""), none);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });
});

describe("GET /api/v1/tasks/{id}", () => {
  it("returns the task", async () => {
    const response = await taskRoute.GET(request(`/api/v1/tasks/${w.tasks.inProgress.id}`), withId(w.tasks.inProgress.id));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: w.tasks.inProgress.id,
      status: "IN_PROGRESS",
      deadline: "2099-06-30",
      coDepartments: [{ id: w.s.departmentA1.id, name: w.s.departmentA1.name }],
    });
  });

  it("answers a liaison 200 for its lead and co tasks and 404 for another department's", async () => {
    for (const task of [w.tasks.overdue, w.tasks.inProgress]) {
      expect((await taskRoute.GET(request(`/api/v1/tasks/${task.id}`, liaisonToken), withId(task.id))).status).toBe(200);
    }
    const other = await taskRoute.GET(request(`/api/v1/tasks/${w.tasks.notStarted.id}`, liaisonToken), withId(w.tasks.notStarted.id));
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  });

  it("answers 404 for another city's task and 401 without a token", async () => {
    expect((await taskRoute.GET(request(`/api/v1/tasks/${w.tasks.cityB.id}`), withId(w.tasks.cityB.id))).status).toBe(404);
    expect((await taskRoute.GET(request(`/api/v1/tasks/${w.tasks.overdue.id}`, ""), withId(w.tasks.overdue.id))).status).toBe(401);
  });
});

describe("the OpenAPI description", () => {
  it("documents both reads with schemas that convert to JSON Schema", () => {
    const reads = taskRoutes.filter((route) => route.method === "get" && ["/api/v1/tasks", "/api/v1/tasks/{id}"].includes(route.path));
    expect(reads.map((route) => `${route.method} ${route.path}`)).toEqual(["get /api/v1/tasks", "get /api/v1/tasks/{id}"]);
    for (const route of reads) {
      for (const schema of [route.query, route.response]) expect(() => z.toJSONSchema(schema!, { io: "input", unrepresentable: "any" })).not.toThrow();
    }
  });
});
