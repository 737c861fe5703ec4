import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NextRequest } from "next/server";
import { createElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import type { LedgerEntryRow } from "@/lib/validation/ledger";
import type { TaskRow } from "@/lib/validation/tasks";
import { LedgerEntryCard } from "@/components/ledger/ledger-entry-card";
import { TaskTable } from "@/components/tasks/task-table";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";
import { yesterday } from "@/tests/fixtures/evidence/ledger-world";
import { createTaskWorld, type TaskWorld } from "@/tests/fixtures/tasks/task-world";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import * as departmentRoute from "@/app/api/v1/departments/[id]/route";
import * as departmentsRoute from "@/app/api/v1/departments/route";
import * as ledgerExportRoute from "@/app/api/v1/ledger/export/route";
import * as taskEntriesRoute from "@/app/api/v1/tasks/[id]/ledger-entries/route";
import * as taskRoute from "@/app/api/v1/tasks/[id]/route";
import * as dispatchRoute from "@/app/api/v1/tasks/dispatch/route";
import * as taskExportRoute from "@/app/api/v1/tasks/export/route";
import * as tasksRoute from "@/app/api/v1/tasks/route";
import * as usersRoute from "@/app/api/v1/users/route";

// The probes that held (issue 7), kept held: stored XSS comes back as text and renders escaped;
// SQL metacharacters are data, in writes and in searches; a formula typed into a title or a
// ledger entry is exported as a string cell; 50 concurrent writes of one version give one save
// and 49 conflicts. Black-box through the route handlers with a city admin's Bearer token.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));
// The table's bulk bar and the card's buttons import server actions; rendering never calls them.
vi.mock("@/lib/actions/tasks", () => ({ dispatchTasksAction: vi.fn(), remindTasksAction: vi.fn() }));
vi.mock("@/lib/actions/ledger", () => ({ reviewLedgerEntryAction: vi.fn(), answerLedgerEntryAction: vi.fn(), deleteLedgerEntryAction: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));

type Id = { params: Promise<{ id: string }> };
const withId = (id: string): Id => ({ params: Promise.resolve({ id }) });
const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

let s: CityScenario;
let world: TaskWorld;
let token: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  world = await createTaskWorld(db(), s.cityA.id);
  token = (await createApiToken(s.actors.cityAdminA, { name: "注入探测", role: "CITY_ADMIN", expiresInDays: 7 })).token;
});

function call(path: string, { method = "GET", body, as = token }: { method?: string; body?: unknown; as?: string } = {}) {
  const headers: Record<string, string> = as ? { authorization: `Bearer ${as}` } : {};
  if (body !== undefined) headers["content-type"] = "application/json";
  return new NextRequest(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function ok<T = Record<string, unknown>>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

const createDepartment = async (name: string) =>
  ok<{ id: string; name: string }>(await departmentsRoute.POST(call("/api/v1/departments", { method: "POST", body: { name, kind: "BUREAU" } }), none), 201);

/** A dispatched task of the world's first action, led by `leadDepartmentId`. */
async function createDispatchedTask(title: string, leadDepartmentId = world.departmentId("市城管局")) {
  const task = await ok<TaskRow>(
    await tasksRoute.POST(
      call("/api/v1/tasks", { method: "POST", body: { actionId: world.actions[0].id, title, leadDepartmentId, deadline: "2099-12-31" } }),
      none,
    ),
    201,
  );
  await ok(await dispatchRoute.POST(call("/api/v1/tasks/dispatch", { method: "POST", body: { ids: [task.id] } }), none));
  return task;
}

/** A ledger entry written by the office (for the lead department) as the console's form posts it. */
async function writeEntry(taskId: string, text: string) {
  const form = new FormData();
  form.set("effectiveDate", yesterday());
  form.set("text", text);
  const request = new NextRequest(`http://localhost/api/v1/tasks/${taskId}/ledger-entries`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return ok<LedgerEntryRow>(await taskEntriesRoute.POST(request, withId(taskId)), 201);
}

describe("stored XSS", () => {
  const payload = "<script>alert(1)</script><img src=x onerror=alert(1)>";
  const escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";
  const noMarkup = (html: string) => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
  };

  it("stores a department name, task title and ledger text verbatim and answers them as JSON strings", async () => {
    const name = `${payload}${uniqueSuffix()}`;
    const department = await createDepartment(name);
    expect(department.name).toBe(name);
    const read = await departmentRoute.GET(call(`/api/v1/departments/${department.id}`), withId(department.id));
    expect(read.headers.get("content-type")).toContain("application/json");
    expect((await ok<{ name: string }>(read)).name).toBe(name);

    const title = `${payload}任务${uniqueSuffix()}`;
    const task = await createDispatchedTask(title, department.id);
    expect((await ok<TaskRow>(await taskRoute.GET(call(`/api/v1/tasks/${task.id}`), withId(task.id)))).title).toBe(title);
    const entry = await writeEntry(task.id, `${payload}台账`);
    expect(entry.text).toBe(`${payload}台账`);
    expect((await db().department.findUniqueOrThrow({ where: { id: department.id } })).name).toBe(name);
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).title).toBe(title);
    expect((await db().ledgerEntry.findUniqueOrThrow({ where: { id: entry.id } })).text).toBe(`${payload}台账`);
  });

  it("renders them in the console's task table and ledger entry card as escaped text, never as markup", async () => {
    const department = await createDepartment(`${payload}${uniqueSuffix()}`);
    const title = `${payload}任务${uniqueSuffix()}`;
    const task = await createDispatchedTask(title, department.id);
    await writeEntry(task.id, payload);

    const list = await ok<{ items: TaskRow[] }>(await tasksRoute.GET(call(`/api/v1/tasks?department=${department.id}`), none));
    expect(list.items.map((item) => [item.title, item.leadDepartment.name])).toEqual([[title, department.name]]);
    const table = renderInChinese(createElement(TaskTable, { items: list.items, query: {}, canBulk: true }));
    expect(table).toContain(`>${escaped}任务`);
    expect(table).toContain(`aria-label="选择 ${escaped}任务`);
    expect(table).toContain(`>${escaped}${department.name.slice(payload.length)}<`);
    noMarkup(table);

    const entries = await ok<{ items: LedgerEntryRow[] }>(await taskEntriesRoute.GET(call(`/api/v1/tasks/${task.id}/ledger-entries`), withId(task.id)));
    expect(entries.items.map((entry) => entry.text)).toEqual([payload]);
    const t = createTranslator(messagesFor("zh-CN"));
    const permissions = { canEdit: false, canDelete: false, canReview: false, canAnswer: false };
    const card = renderInChinese(createElement(LedgerEntryCard, { entry: entries.items[0], permissions, today: yesterday(), t }));
    expect(card).toContain(`>${escaped}</p>`);
    expect(card).toContain(escaped + department.name.slice(payload.length));
    noMarkup(card);
  });
});

describe("SQL metacharacters", () => {
  const marker = uniqueSuffix();
  const names = {
    quote: `' OR 1=1 --${marker}`,
    drop: `"; DROP TABLE "User"; --${marker}`,
    percent: `百分之百%${marker}`,
    underscore: `下划线_${marker}`,
    backslash: `反斜杠\\${marker}`,
  };
  let ids: Record<keyof typeof names, string>;

  beforeAll(async () => {
    const created = await Promise.all(Object.values(names).map((name) => createDepartment(name)));
    ids = Object.fromEntries(Object.keys(names).map((key, index) => [key, created[index].id])) as typeof ids;
  });

  const searchDepartments = async (q: string) =>
    ok<{ items: Array<{ id: string; name: string }>; total: number }>(
      await departmentsRoute.GET(call(`/api/v1/departments?pageSize=500&q=${encodeURIComponent(q)}`), none),
    );

  it("stores the names verbatim", async () => {
    for (const [key, name] of Object.entries(names)) {
      const read = await ok<{ name: string }>(
        await departmentRoute.GET(call(`/api/v1/departments/${ids[key as keyof typeof names]}`), withId(ids[key as keyof typeof names])),
      );
      expect(read.name).toBe(name);
    }
  });

  it("a search finds only the rows that really contain the text, metacharacters included", async () => {
    const all = await searchDepartments("");
    expect(all.total).toBeGreaterThan(Object.keys(names).length);
    for (const [key, q] of [
      ["quote", "' OR 1=1 --"],
      ["drop", '"; DROP TABLE "User"; --'],
      ["percent", "%"],
      ["underscore", "_"],
      ["backslash", "\\"],
    ] as const) {
      const found = await searchDepartments(q);
      expect({ q, names: found.items.map((item) => item.name) }).toEqual({ q, names: [names[key]] });
    }
    // A LIKE wildcard must not widen the search either: `%` or `_` between letters is a letter.
    expect((await searchDepartments(`百分%${marker}`)).total).toBe(0);
    expect((await searchDepartments(`下划_${marker}`)).total).toBe(0);
  });

  it("task titles and user searches treat them as text too, and the User table is still there", async () => {
    const title = `任务' OR 1=1 --%_\\${uniqueSuffix()}`;
    const task = await createDispatchedTask(title);
    const byQuote = await ok<{ items: TaskRow[] }>(await tasksRoute.GET(call(`/api/v1/tasks?pageSize=500&q=${encodeURIComponent("' OR 1=1 --%_\\")}`), none));
    expect(byQuote.items.map((item) => item.id)).toEqual([task.id]);
    const byPercent = await ok<{ items: TaskRow[]; total: number }>(await tasksRoute.GET(call(`/api/v1/tasks?pageSize=500&q=%25`), none));
    expect(byPercent.items.map((item) => item.id)).toEqual([task.id]);

    session.actor = s.actors.cityAdminA;
    try {
      for (const q of ["' OR 1=1 --", '"; DROP TABLE "User"; --', "%", "_"]) {
        const users = await ok<{ total: number }>(await usersRoute.GET(call(`/api/v1/users?q=${encodeURIComponent(q)}`, { as: "" }), none));
        expect({ q, total: users.total }).toEqual({ q, total: 0 });
      }
    } finally {
      session.actor = null;
    }
    const [{ table }] = await db().$queryRaw<Array<{ table: string | null }>>`SELECT to_regclass('"User"')::text AS "table"`;
    expect(table).toBe('"User"');
    expect(await db().user.count()).toBeGreaterThan(0);
  });
});

describe("formula injection in exports", () => {
  const formulas = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3"];

  /** Every cell holding one of the formulas' text: its type must be a string, never a formula. */
  async function expectStringCells(bytes: Uint8Array, texts: readonly string[]) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula)).toEqual([]);
    for (const text of texts) {
      const holding = cells.filter((cell) => typeof cell.value === "string" && cell.value.startsWith(text));
      expect(holding.length, text).toBeGreaterThan(0);
      expect({ text, types: [...new Set(holding.map((cell) => cell.type))] }).toEqual({ text, types: [ExcelJS.ValueType.String] });
    }
    // The package itself: no <f> (formula) element in any sheet.
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/.*\.xml$/.test(path));
    expect(sheets.length).toBeGreaterThan(0);
    for (const path of sheets) expect(await zip.file(path)!.async("string")).not.toMatch(/<f[\s>]/);
  }

  it("the task-list export writes formula-like titles as string cells", async () => {
    const titles = formulas.map((formula) => `${formula}${uniqueSuffix()}`);
    for (const title of titles) await createDispatchedTask(title);
    const response = await taskExportRoute.GET(call("/api/v1/tasks/export"), none);
    expect(response.status).toBe(200);
    await expectStringCells(new Uint8Array(await response.arrayBuffer()), formulas);
  });

  it("the ledger export writes formula-like task titles and work texts as string cells", async () => {
    const department = await createDepartment(`=1+1单位${uniqueSuffix()}`);
    for (const formula of formulas) {
      const task = await createDispatchedTask(`${formula}台账任务${uniqueSuffix()}`, department.id);
      await writeEntry(task.id, `${formula}工作内容`);
    }
    const response = await ledgerExportRoute.GET(call(`/api/v1/ledger/export?department=${department.id}`), none);
    expect(response.status).toBe(200);
    await expectStringCells(new Uint8Array(await response.arrayBuffer()), [...formulas.map((formula) => `${formula}工作内容`), "=1+1单位"]);
  });
});

describe("50 concurrent writes of one version", () => {
  it("save once; the other 49 get 409 VERSION_CONFLICT, none fails, and the audit log has one entry", async () => {
    const department = await createDepartment(`并发单位${uniqueSuffix()}`);
    const path = `/api/v1/departments/${department.id}`;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        departmentRoute.PATCH(call(path, { method: "PATCH", body: { version: 1, leaderName: `负责人${index}` } }), withId(department.id)),
      ),
    );
    const bodies = await Promise.all(responses.map(async (response) => ({ status: response.status, body: await response.json() })));
    const saved = bodies.filter((response) => response.status === 200);
    const conflicts = bodies.filter((response) => response.status === 409);
    expect(bodies.filter((response) => response.status !== 200 && response.status !== 409)).toEqual([]);
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    for (const conflict of conflicts) expect(conflict.body).toMatchObject({ error: { code: "VERSION_CONFLICT" }, current: { version: 2 } });
    const stored = await db().department.findUniqueOrThrow({ where: { id: department.id } });
    expect(stored).toMatchObject({ version: 2, leaderName: saved[0].body.leaderName });
    expect(await db().auditLog.count({ where: { entityType: "Department", entityId: department.id, action: "department.update" } })).toBe(1);
  });
});
