import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import * as acknowledgeRoute from "@/app/api/v1/tasks/[id]/acknowledge/route";
import * as changeRequestRoute from "@/app/api/v1/tasks/[id]/change-request/route";
import * as reopenRoute from "@/app/api/v1/tasks/[id]/reopen/route";
import * as taskRoute from "@/app/api/v1/tasks/[id]/route";
import * as signOffRoute from "@/app/api/v1/tasks/[id]/sign-off/route";
import * as dispatchRoute from "@/app/api/v1/tasks/dispatch/route";
import * as remindRoute from "@/app/api/v1/tasks/remind/route";
import * as tasksRoute from "@/app/api/v1/tasks/route";
import { createTaskChangesWorld, type TaskChangesWorld } from "./task-changes-world";

// Route handlers are called directly with Bearer tokens; there is no session outside a request.
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let w: TaskChangesWorld;
let office: string;
let liaison: string;
beforeAll(async () => {
  w = await createTaskChangesWorld();
  office = (await createApiToken(w.s.actors.cityAdminA, { name: "任务写入", role: "CITY_ADMIN", expiresInDays: 7 })).token;
  liaison = (await createApiToken(w.s.actors.cityAdminA, { name: "联络员", role: "DEPARTMENT_LIAISON", departmentId: w.s.departmentA1.id, expiresInDays: 7 }))
    .token;
});

const send = (path: string, token: string, method = "POST", body?: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

describe("task write routes", () => {
  it("creates, edits, dispatches, acknowledges, signs off, reopens and deletes a task", async () => {
    const created = await tasksRoute.POST(
      send("/api/v1/tasks", office, "POST", {
        actionId: w.action.id,
        title: "接口新建任务",
        leadDepartmentId: w.s.departmentA1.id,
        deadline: "2026-12-31",
        criterionIds: [w.criteria[1].id],
      }),
      none,
    );
    expect(created.status).toBe(201);
    const task = await created.json();
    expect(task).toMatchObject({ title: "接口新建任务", dispatchStatus: "DRAFT", version: 1, criteria: [w.criteria[1].code] });

    const patched = await taskRoute.PATCH(send(`/api/v1/tasks/${task.id}`, office, "PATCH", { version: 1, responsiblePerson: "李四" }), withId(task.id));
    expect(await patched.json()).toMatchObject({ responsiblePerson: "李四", version: 2 });
    const stale = await taskRoute.PATCH(send(`/api/v1/tasks/${task.id}`, office, "PATCH", { version: 1, title: "x" }), withId(task.id));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "VERSION_CONFLICT" }, current: { version: 2 }, submitted: { version: 1 } });

    const dispatched = await dispatchRoute.POST(send("/api/v1/tasks/dispatch", office, "POST", { ids: [task.id] }), none);
    expect(await dispatched.json()).toEqual({ count: 1, skipped: [] });

    const ack = await acknowledgeRoute.POST(send(`/api/v1/tasks/${task.id}/acknowledge`, liaison, "POST", { version: 3 }), withId(task.id));
    expect(await ack.json()).toMatchObject({ dispatchStatus: "ACKNOWLEDGED", version: 4 });

    const remind = await remindRoute.POST(send("/api/v1/tasks/remind", office, "POST", { ids: [task.id] }), none);
    expect(await remind.json()).toMatchObject({ count: 1 });

    const signed = await signOffRoute.POST(send(`/api/v1/tasks/${task.id}/sign-off`, office, "POST", { version: 4 }), withId(task.id));
    expect(await signed.json()).toMatchObject({ status: "COMPLETED", version: 5 });
    const reopened = await reopenRoute.POST(send(`/api/v1/tasks/${task.id}/reopen`, office, "POST", { version: 5 }), withId(task.id));
    expect(await reopened.json()).toMatchObject({ completedAt: null, version: 6 });

    const deleted = await taskRoute.DELETE(send(`/api/v1/tasks/${task.id}?version=6`, office, "DELETE"), withId(task.id));
    expect(await deleted.json()).toEqual({ id: task.id, deleted: true });
    expect((await taskRoute.GET(send(`/api/v1/tasks/${task.id}`, office, "GET"), withId(task.id))).status).toBe(404);
  });

  it("answers 422 with Chinese field errors, 403 for a liaison writing, and takes a change request", async () => {
    const invalid = await tasksRoute.POST(
      send("/api/v1/tasks", office, "POST", { actionId: w.action.id, title: "", leadDepartmentId: w.s.departmentA1.id }),
      none,
    );
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).fieldErrors).toMatchObject({ title: ["请填写任务名称"] });
    expect((await tasksRoute.POST(send("/api/v1/tasks", liaison, "POST", {}), none)).status).toBe(403);

    const body = await (
      await tasksRoute.POST(
        send("/api/v1/tasks", office, "POST", {
          actionId: w.action.id,
          title: "待调整任务",
          leadDepartmentId: w.s.departmentA1.id,
          recurrence: "MONTHLY",
        }),
        none,
      )
    ).json();
    await dispatchRoute.POST(send("/api/v1/tasks/dispatch", office, "POST", { ids: [body.id] }), none);
    const change = await changeRequestRoute.POST(
      send(`/api/v1/tasks/${body.id}/change-request`, liaison, "POST", { version: 2, reason: "周期应为每季度" }),
      withId(body.id),
    );
    expect(change.status).toBe(200);
    expect(await change.json()).toMatchObject({ dispatchStatus: "CHANGE_REQUESTED", changeReason: "周期应为每季度" });
    expect(await db().taskOccurrence.count({ where: { taskId: body.id } })).toBe(12);
  });
});
