import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createUser } from "@/tests/factories/user";
import { pdfBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createLedgerWorld, writeEntry, yesterday, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";
import * as auditRoute from "@/app/api/v1/audit-log/route";
import * as departmentRoute from "@/app/api/v1/departments/[id]/route";
import * as departmentsRoute from "@/app/api/v1/departments/route";
import * as evidenceRoute from "@/app/api/v1/evidence/[id]/route";
import * as reviewRoute from "@/app/api/v1/ledger-entries/[id]/review/route";
import * as entryRoute from "@/app/api/v1/ledger-entries/[id]/route";
import * as ledgerExportRoute from "@/app/api/v1/ledger/export/route";
import * as actionRoute from "@/app/api/v1/plans/actions/[id]/route";
import * as actionsRoute from "@/app/api/v1/plans/actions/route";
import * as planRoute from "@/app/api/v1/plans/route";
import * as taskEntriesRoute from "@/app/api/v1/tasks/[id]/ledger-entries/route";
import * as taskRoute from "@/app/api/v1/tasks/[id]/route";
import * as dispatchRoute from "@/app/api/v1/tasks/dispatch/route";
import * as taskExportRoute from "@/app/api/v1/tasks/export/route";
import * as tasksRoute from "@/app/api/v1/tasks/route";
import * as userRoute from "@/app/api/v1/users/[id]/route";
import * as usersRoute from "@/app/api/v1/users/route";

// The probes that held (issue 7): another city's or another department's record does not exist
// for the caller (404, never 403 and never its data), lists never show it, ids guessed into query
// filters find nothing, and a role without the grant is refused (403). Black-box through the
// route handlers with Bearer tokens; managing users takes a person signed in (session mocked).
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

type Id = { params: Promise<{ id: string }> };
type ListHandler = (request: NextRequest, context: { params: Promise<Record<string, never>> }) => Promise<Response>;

const withId = (id: string): Id => ({ params: Promise.resolve({ id }) });
const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

function call(path: string, token: string, { method = "GET", body }: { method?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined) headers["content-type"] = "application/json";
  return new NextRequest(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

function postEntryForm(taskId: string, token: string, text: string) {
  const form = new FormData();
  form.set("effectiveDate", yesterday());
  form.set("text", text);
  form.append("evidence", new File([new Uint8Array(pdfBytes())], "越权.pdf"));
  return new NextRequest(`http://localhost/api/v1/tasks/${taskId}/ledger-entries`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

/** A 404 that says nothing about the record: no 403, and none of its names or fields in the body. */
async function expectHidden(response: Response, ...secrets: string[]) {
  const text = await response.text();
  expect({ status: response.status, text }).toMatchObject({ status: 404 });
  expect(JSON.parse(text)).toMatchObject({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  for (const secret of secrets) expect(text).not.toContain(secret);
}

let w: LedgerWorld;
let adminA: string;
let liaisonA1: string;
let inspectorA: string;
/** City B's records: a department, a task (with its plan action), a ledger entry with a PDF, a user. */
let b: { entryId: string; evidenceId: string; actionId: string; userId: string; entryText: string };
/** Department A2's ledger entry (with a PDF) on a task A1 has no part in. */
let a2: { entryId: string; evidenceId: string; entryText: string };

beforeAll(async () => {
  w = await createLedgerWorld(db());
  const mint = async (role: "CITY_ADMIN" | "DEPARTMENT_LIAISON" | "INSPECTOR", departmentId?: string) =>
    (await createApiToken(w.office, { name: `越权探测${role}`, role, departmentId, expiresInDays: 7 })).token;
  adminA = await mint("CITY_ADMIN");
  liaisonA1 = await mint("DEPARTMENT_LIAISON", w.s.departmentA1.id);
  inspectorA = await mint("INSPECTOR");

  const liaisonB1 = (await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: w.s.departmentB1.id })).actor;
  const entryB = await writeEntry(liaisonB1, { taskId: w.tasks.cityB.id, text: "乙市台账机密内容" }, [{ name: "乙市方案.pdf", bytes: pdfBytes() }]);
  b = {
    entryId: entryB.id,
    evidenceId: entryB.evidence[0].id,
    actionId: w.tasks.cityB.actionId,
    userId: w.s.actors.cityAdminB.id,
    entryText: entryB.text,
  };
  const entryA2 = await writeEntry(w.liaisonA2, { taskId: w.tasks.notStarted.id, text: "街道台账内部内容" }, [{ name: "街道方案.pdf", bytes: pdfBytes() }]);
  a2 = { entryId: entryA2.id, evidenceId: entryA2.evidence[0].id, entryText: entryA2.text };
});

afterEach(() => {
  session.actor = null;
});

describe("a city A admin's token and city B's records", () => {
  it("reads, updates and deletes city B's department: 404 each time, and the department is untouched", async () => {
    const { id, name } = w.s.departmentB1;
    await expectHidden(await departmentRoute.GET(call(`/api/v1/departments/${id}`, adminA), withId(id)), name);
    await expectHidden(
      await departmentRoute.PATCH(call(`/api/v1/departments/${id}`, adminA, { method: "PATCH", body: { version: 1, name: "甲市改名" } }), withId(id)),
      name,
    );
    await expectHidden(await departmentRoute.DELETE(call(`/api/v1/departments/${id}?version=1`, adminA, { method: "DELETE" }), withId(id)), name);
    expect(await db().department.findUniqueOrThrow({ where: { id } })).toMatchObject({ name, version: 1, deletedAt: null });
  });

  it("reads, updates and deletes city B's task, and reads or writes its ledger: 404, nothing written", async () => {
    const { id, title } = w.tasks.cityB;
    await expectHidden(await taskRoute.GET(call(`/api/v1/tasks/${id}`, adminA), withId(id)), title);
    await expectHidden(
      await taskRoute.PATCH(call(`/api/v1/tasks/${id}`, adminA, { method: "PATCH", body: { version: 1, title: "甲市改名" } }), withId(id)),
      title,
    );
    await expectHidden(await taskRoute.DELETE(call(`/api/v1/tasks/${id}?version=1`, adminA, { method: "DELETE" }), withId(id)), title);
    await expectHidden(await taskEntriesRoute.GET(call(`/api/v1/tasks/${id}/ledger-entries`, adminA), withId(id)), b.entryText);
    await expectHidden(await taskEntriesRoute.POST(postEntryForm(id, adminA, "甲市代填"), withId(id)), title);
    expect(await db().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ title, version: 1, deletedAt: null });
    expect(await db().ledgerEntry.count({ where: { taskId: id } })).toBe(1);
  });

  it("updates, reviews and deletes city B's ledger entry and fetches its evidence file: 404, the entry untouched", async () => {
    const entry = `/api/v1/ledger-entries/${b.entryId}`;
    await expectHidden(
      await entryRoute.PATCH(call(entry, adminA, { method: "PATCH", body: { version: 1, text: "甲市改写" } }), withId(b.entryId)),
      b.entryText,
    );
    await expectHidden(
      await reviewRoute.POST(call(`${entry}/review`, adminA, { method: "POST", body: { version: 1, decision: "ACCEPT" } }), withId(b.entryId)),
      b.entryText,
    );
    await expectHidden(await entryRoute.DELETE(call(`${entry}?version=1`, adminA, { method: "DELETE" }), withId(b.entryId)), b.entryText);
    const file = await evidenceRoute.GET(call(`/api/v1/evidence/${b.evidenceId}`, adminA), withId(b.evidenceId));
    expect(file.headers.get("content-type")).toContain("application/json");
    await expectHidden(file, "%PDF", "乙市方案");
    await expectHidden(await evidenceRoute.GET(call(`/api/v1/evidence/${b.evidenceId}?thumbnail=1`, adminA), withId(b.evidenceId)), "乙市方案");
    expect(await db().ledgerEntry.findUniqueOrThrow({ where: { id: b.entryId } })).toMatchObject({
      text: b.entryText,
      version: 1,
      reviewStatus: "PENDING",
      deletedAt: null,
    });
  });

  it("renames and deletes city B's plan action: 404 (not the 409 its live task would give in scope)", async () => {
    const action = await db().planAction.findUniqueOrThrow({ where: { id: b.actionId } });
    const path = `/api/v1/plans/actions/${action.id}`;
    await expectHidden(
      await actionRoute.PATCH(call(path, adminA, { method: "PATCH", body: { version: 1, name: "甲市行动" } }), withId(action.id)),
      action.name,
    );
    await expectHidden(await actionRoute.DELETE(call(`${path}?version=1`, adminA, { method: "DELETE" }), withId(action.id)), action.name);
    const created = await actionsRoute.POST(
      call("/api/v1/plans/actions", adminA, { method: "POST", body: { annualPlanId: action.annualPlanId, name: "塞进乙市的行动" } }),
      none,
    );
    await expectHidden(created);
    expect(await db().planAction.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ name: action.name, version: 1, deletedAt: null });
    expect(await db().planAction.count({ where: { annualPlanId: action.annualPlanId } })).toBe(1);
  });

  it("reads city B's user (404 to the token); a signed-in city A admin changing it gets 404 too", async () => {
    const target = await db().user.findUniqueOrThrow({ where: { id: b.userId } });
    await expectHidden(await userRoute.GET(call(`/api/v1/users/${b.userId}`, adminA), withId(b.userId)), target.email);
    session.actor = w.s.actors.cityAdminA;
    const body = { version: 1, name: "甲市改名", role: "CITY_ADMIN", cityId: w.s.cityA.id };
    await expectHidden(await userRoute.GET(call(`/api/v1/users/${b.userId}`, ""), withId(b.userId)), target.email);
    await expectHidden(await userRoute.PATCH(call(`/api/v1/users/${b.userId}`, "", { method: "PATCH", body }), withId(b.userId)), target.email);
    expect(await db().user.findUniqueOrThrow({ where: { id: b.userId } })).toMatchObject({ name: target.name, version: 1, isActive: true });
  });

  it("lists only city A's departments, tasks, users and audit entries", async () => {
    const list = async (handler: ListHandler, path: string) => {
      const response = await handler(call(path, adminA), none);
      expect(response.status).toBe(200);
      return (await response.json()) as { items: Array<Record<string, unknown>>; total: number };
    };
    const departments = await list(departmentsRoute.GET, "/api/v1/departments?pageSize=500&includeDeleted=1");
    expect(departments.items.map((item) => item.cityId)).toEqual(departments.items.map(() => w.s.cityA.id));
    expect(departments.items.map((item) => item.id)).toEqual(expect.arrayContaining([w.s.departmentA1.id, w.s.departmentA2.id]));
    const tasks = await list(tasksRoute.GET, "/api/v1/tasks?pageSize=500");
    expect(tasks.items.length).toBeGreaterThan(0);
    expect(new Set(tasks.items.map((item) => item.cityId))).toEqual(new Set([w.s.cityA.id]));
    session.actor = w.s.actors.cityAdminA;
    const users = (await (await usersRoute.GET(call("/api/v1/users?pageSize=500&includeInactive=1", ""), none)).json()) as { items: Array<{ cityId: string }> };
    expect(users.items.length).toBeGreaterThan(0);
    expect(new Set(users.items.map((item) => item.cityId))).toEqual(new Set([w.s.cityA.id]));
    session.actor = null;
    const audit = await list(auditRoute.GET, "/api/v1/audit-log?pageSize=500");
    expect(audit.items.every((item) => item.cityId === w.s.cityA.id)).toBe(true);
    expect(JSON.stringify([departments, tasks, users, audit])).not.toContain(b.entryText);
  });

  it("finds nothing of city B by guessing its ids into query filters", async () => {
    const empty = async (handler: ListHandler, path: string) => {
      const response = await handler(call(path, adminA), none);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(await response.json()).toMatchObject({ items: [], total: 0 });
    };
    await empty(departmentsRoute.GET, `/api/v1/departments?cityId=${w.s.cityB.id}`);
    await empty(tasksRoute.GET, `/api/v1/tasks?department=${w.s.departmentB1.id}`);
    await empty(tasksRoute.GET, `/api/v1/tasks?action=${b.actionId}`);
    await empty(auditRoute.GET, `/api/v1/audit-log?entityType=LedgerEntry&entityId=${b.entryId}`);
    session.actor = w.s.actors.cityAdminA;
    const users = await usersRoute.GET(call(`/api/v1/users?cityId=${w.s.cityB.id}`, ""), none);
    expect(await users.json()).toMatchObject({ items: [], total: 0 });
    session.actor = null;
    // Reads that take a city or department outright answer 404 for city B's.
    await expectHidden(await planRoute.GET(call(`/api/v1/plans?city=${w.s.cityB.id}`, adminA), none));
    await expectHidden(await taskExportRoute.GET(call(`/api/v1/tasks/export?city=${w.s.cityB.id}`, adminA), none));
    await expectHidden(await ledgerExportRoute.GET(call(`/api/v1/ledger/export?department=${w.s.departmentB1.id}`, adminA), none), w.s.departmentB1.name);
    await expectHidden(await ledgerExportRoute.GET(call(`/api/v1/ledger/export?city=${w.s.cityB.id}`, adminA), none));
  });
});

describe("a department A1 liaison's token and department A2's records", () => {
  it("reads A2's department and task and its ledger: 404; the task list holds only A1's tasks", async () => {
    const { id, title } = w.tasks.notStarted;
    await expectHidden(await departmentRoute.GET(call(`/api/v1/departments/${w.s.departmentA2.id}`, liaisonA1), withId(w.s.departmentA2.id)));
    await expectHidden(await taskRoute.GET(call(`/api/v1/tasks/${id}`, liaisonA1), withId(id)), title);
    await expectHidden(await taskEntriesRoute.GET(call(`/api/v1/tasks/${id}/ledger-entries`, liaisonA1), withId(id)), a2.entryText);
    const list = (await (await tasksRoute.GET(call("/api/v1/tasks?pageSize=500", liaisonA1), none)).json()) as {
      items: Array<{ id: string; leadDepartment: { id: string }; coDepartments: Array<{ id: string }> }>;
    };
    const a1 = w.s.departmentA1.id;
    expect(list.items.map((task) => task.id)).toEqual(expect.arrayContaining([w.tasks.overdue.id, w.tasks.inProgress.id]));
    expect(list.items.filter((task) => task.leadDepartment.id !== a1 && !task.coDepartments.some((co) => co.id === a1))).toEqual([]);
    const guessed = await (await tasksRoute.GET(call(`/api/v1/tasks?department=${w.s.departmentA2.id}`, liaisonA1), none)).json();
    expect(guessed.items.map((task: { id: string }) => task.id)).not.toContain(id);
  });

  it("changes, deletes or downloads A2's ledger entry and evidence: 404, the entry untouched", async () => {
    const entry = `/api/v1/ledger-entries/${a2.entryId}`;
    await expectHidden(
      await entryRoute.PATCH(call(entry, liaisonA1, { method: "PATCH", body: { version: 1, text: "改写邻居" } }), withId(a2.entryId)),
      a2.entryText,
    );
    await expectHidden(await entryRoute.DELETE(call(`${entry}?version=1`, liaisonA1, { method: "DELETE" }), withId(a2.entryId)), a2.entryText);
    await expectHidden(await evidenceRoute.GET(call(`/api/v1/evidence/${a2.evidenceId}`, liaisonA1), withId(a2.evidenceId)), "%PDF", "街道方案");
    await expectHidden(await ledgerExportRoute.GET(call(`/api/v1/ledger/export?department=${w.s.departmentA2.id}`, liaisonA1), none));
    expect(await db().ledgerEntry.findUniqueOrThrow({ where: { id: a2.entryId } })).toMatchObject({ text: a2.entryText, version: 1, deletedAt: null });
  });

  it("writes a ledger entry (with a file) on A2's task: 404, and nothing is written", async () => {
    const { id } = w.tasks.notStarted;
    const before = await db().ledgerEntry.count({ where: { taskId: id } });
    await expectHidden(await taskEntriesRoute.POST(postEntryForm(id, liaisonA1, "替邻居填报"), withId(id)));
    expect(await db().ledgerEntry.count({ where: { taskId: id } })).toBe(before);
    expect(await db().ledgerEntry.count({ where: { text: "替邻居填报" } })).toBe(0);
  });
});

describe("an inspector's token", () => {
  it("is refused (403) every manage action of the office, and nothing changes", async () => {
    const department = w.s.departmentA1;
    const task = w.tasks.overdue;
    const entryId = (await db().ledgerEntry.findFirstOrThrow({ where: { taskId: w.tasks.inProgress.id } })).id;
    const attempts: Array<[string, () => Promise<Response>]> = [
      [
        "create department",
        () => departmentsRoute.POST(call("/api/v1/departments", inspectorA, { method: "POST", body: { name: "督查新单位", kind: "BUREAU" } }), none),
      ],
      [
        "update department",
        () => departmentRoute.PATCH(call("/", inspectorA, { method: "PATCH", body: { version: 1, name: "督查改名" } }), withId(department.id)),
      ],
      ["delete department", () => departmentRoute.DELETE(call("/?version=1", inspectorA, { method: "DELETE" }), withId(department.id))],
      [
        "create task",
        () =>
          tasksRoute.POST(
            call("/api/v1/tasks", inspectorA, { method: "POST", body: { actionId: w.mainAction.id, title: "督查新任务", leadDepartmentId: department.id } }),
            none,
          ),
      ],
      ["update task", () => taskRoute.PATCH(call("/", inspectorA, { method: "PATCH", body: { version: 1, title: "督查改名" } }), withId(task.id))],
      ["delete task", () => taskRoute.DELETE(call("/?version=1", inspectorA, { method: "DELETE" }), withId(task.id))],
      ["dispatch", () => dispatchRoute.POST(call("/api/v1/tasks/dispatch", inspectorA, { method: "POST", body: { ids: [w.tasks.draft.id] } }), none)],
      [
        "create action",
        () =>
          actionsRoute.POST(
            call("/api/v1/plans/actions", inspectorA, { method: "POST", body: { annualPlanId: w.mainAction.annualPlanId, name: "督查行动" } }),
            none,
          ),
      ],
      ["rename action", () => actionRoute.PATCH(call("/", inspectorA, { method: "PATCH", body: { version: 1, name: "督查改名" } }), withId(w.otherAction.id))],
      ["review entry", () => reviewRoute.POST(call("/", inspectorA, { method: "POST", body: { version: 1, decision: "ACCEPT" } }), withId(entryId))],
      ["write entry", () => taskEntriesRoute.POST(postEntryForm(task.id, inspectorA, "督查代填"), withId(task.id))],
      ["list users", () => usersRoute.GET(call("/api/v1/users", inspectorA), none)],
    ];
    for (const [name, attempt] of attempts) {
      const response = await attempt();
      expect({ name, status: response.status }).toEqual({ name, status: 403 });
      expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    }
    expect(await db().department.findUniqueOrThrow({ where: { id: department.id } })).toMatchObject({ name: department.name, version: 1, deletedAt: null });
    expect(await db().task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ title: task.title, version: 1, deletedAt: null });
    expect(await db().task.findUniqueOrThrow({ where: { id: w.tasks.draft.id } })).toMatchObject({ dispatchStatus: "DRAFT" });
    expect(await db().ledgerEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ reviewStatus: "PENDING", version: 1 });
    expect(await db().ledgerEntry.count({ where: { text: "督查代填" } })).toBe(0);
    expect(await db().department.count({ where: { name: "督查新单位" } })).toBe(0);
  });
});
