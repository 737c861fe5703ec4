import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { createDepartment } from "@/lib/server/departments/create-department";
import { createTask } from "@/lib/server/tasks/create-task";
import * as departmentsRoute from "@/app/api/v1/departments/route";
import * as taskEntriesRoute from "@/app/api/v1/tasks/[id]/ledger-entries/route";
import * as taskRoute from "@/app/api/v1/tasks/[id]/route";
import * as tasksRoute from "@/app/api/v1/tasks/route";
import * as usersRoute from "@/app/api/v1/users/route";
import { createLedgerWorld, yesterday, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { uniqueSuffix } from "@/tests/factories/unique";

// First half of probe 12 of issue 7: a NUL byte in any text field or query parameter gave 500
// (PostgreSQL refuses NUL in text). Every such input is now a 422 naming the field, before any query.

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

let w: LedgerWorld;
beforeAll(async () => {
  w = await createLedgerWorld(db());
});

const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const send = (method: string, path: string, body: unknown) =>
  new NextRequest(`http://localhost${path}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const get = (path: string) => new NextRequest(`http://localhost${path}`);

async function expect422(response: Response, field: string) {
  expect(response.status).toBe(422);
  expect(await response.json()).toMatchObject({ error: { code: "VALIDATION_FAILED" }, fieldErrors: { [field]: [expect.any(String)] } });
}

describe("NUL and other control characters in JSON fields", () => {
  it("are 422 naming the field on several routes, and nothing is written", async () => {
    session.actor = w.office;
    const name = `控制字符局${uniqueSuffix()}`;
    await expect422(await departmentsRoute.POST(send("POST", "/api/v1/departments", { name: `${name}\u0000`, kind: "BUREAU" }), none), "name");
    await expect422(await departmentsRoute.POST(send("POST", "/api/v1/departments", { name, kind: "BUREAU", leaderName: "张\u001b三" }), none), "leaderName");
    expect(await db().department.count({ where: { name: { startsWith: name } } })).toBe(0);

    const task = w.tasks.overdue;
    const patch = await taskRoute.PATCH(send("PATCH", `/api/v1/tasks/${task.id}`, { version: task.version, title: "坏\u0000标题" }), withId(task.id));
    await expect422(patch, "title");
    const create = { actionId: w.mainAction.id, title: `任务${uniqueSuffix()}`, leadDepartmentId: w.s.departmentA1.id, description: "说明\u0000" };
    await expect422(await tasksRoute.POST(send("POST", "/api/v1/tasks", create), none), "description");
    await expect422(await usersRoute.POST(send("POST", "/api/v1/users", { email: "a\u0000@x.cn", name: "用户", role: "INSPECTOR" }), none), "email");
  });

  it("reach the field inside lists, and a single-line field refuses even a newline while a multi-line one keeps it", async () => {
    session.actor = w.office;
    const create = { actionId: w.mainAction.id, title: `任务${uniqueSuffix()}`, leadDepartmentId: w.s.departmentA1.id, criterionIds: ["ok", "x\u0000"] };
    await expect422(await tasksRoute.POST(send("POST", "/api/v1/tasks", create), none), "criterionIds.1");
    await expect422(await departmentsRoute.POST(send("POST", "/api/v1/departments", { name: "两行\n名称", kind: "BUREAU" }), none), "name");
    const multiLine = {
      actionId: w.mainAction.id,
      title: `任务${uniqueSuffix()}`,
      leadDepartmentId: w.s.departmentA1.id,
      deadline: "2099-12-31",
      description: "第一行\n\t第二行",
    };
    const created = await tasksRoute.POST(send("POST", "/api/v1/tasks", multiLine), none);
    expect(created.status).toBe(201);
    expect((await created.json()).description).toBe("第一行\n\t第二行");
  });

  it("are refused by every use case, so server actions are covered too", async () => {
    await expect(createDepartment(w.office, { name: "坏\u0000局", kind: "BUREAU" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { name: expect.any(Array) },
    });
    const input = { actionId: w.mainAction.id, title: "任务", leadDepartmentId: w.s.departmentA1.id, target: "\u0085" };
    await expect(createTask(w.office, input)).rejects.toMatchObject({ status: 422, fieldErrors: { target: expect.any(Array) } });
  });
});

describe("control characters in the URL", () => {
  it("a query parameter is 422 naming it", async () => {
    session.actor = w.office;
    await expect422(await tasksRoute.GET(get("/api/v1/tasks?q=%00"), none), "q");
    await expect422(await departmentsRoute.GET(get("/api/v1/departments?q=a%00b"), none), "q");
    await expect422(await usersRoute.GET(get("/api/v1/users?q=%01"), none), "q");
    await expect422(await tasksRoute.GET(get("/api/v1/tasks?department=%00"), none), "department");
  });

  it("a path id is 404, like any id that names no record", async () => {
    session.actor = w.office;
    const response = await taskRoute.GET(get("/api/v1/tasks/%00"), withId("\u0000"));
    expect(response.status).toBe(404);
  });
});

describe("control characters in a multipart form", () => {
  it("a text field with NUL is 422 and no entry is written", async () => {
    session.actor = w.liaisonA1;
    const form = new FormData();
    form.set("effectiveDate", yesterday());
    form.set("text", `台账\u0000${uniqueSuffix()}`);
    const request = new NextRequest(`http://localhost/api/v1/tasks/${w.tasks.overdue.id}/ledger-entries`, { method: "POST", body: form });
    const before = await db().ledgerEntry.count({ where: { taskId: w.tasks.overdue.id } });
    await expect422(await taskEntriesRoute.POST(request, withId(w.tasks.overdue.id)), "text");
    expect(await db().ledgerEntry.count({ where: { taskId: w.tasks.overdue.id } })).toBe(before);
  });
});

describe("control characters at sign-in", () => {
  it("an email with NUL is an unknown email (INVALID), never a database error, and still verifies once", async () => {
    const verify = vi.fn(async () => false);
    const result = await authenticateCredentials("admin\u0000@demo.local", "Demo@2026", uniqueClientAddress(), { verify, sleep: async () => undefined });
    expect(result).toEqual({ ok: false, reason: "INVALID" });
    expect(verify).toHaveBeenCalledTimes(1);
  });
});
