import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { readWorkbook } from "@/lib/domain/tabular-import/read-workbook";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { exportTaskList } from "@/lib/server/tasks/export/export-task-list";
import { importTaskList } from "@/lib/server/tasks/import/import-task-list";
import { createCity } from "@/tests/factories/city";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createUser } from "@/tests/factories/user";
import { buildTaskListWorkbook, sampleTaskRows, TASK_LIST_HEADER } from "@/tests/fixtures/tasks/task-list-workbook";
import { createTaskWorld, type TaskWorld } from "@/tests/fixtures/tasks/task-world";
import * as exportRoute from "@/app/api/v1/tasks/export/route";
import * as importRoute from "@/app/api/v1/tasks/import/route";
import * as templateRoute from "@/app/api/v1/tasks/template/route";

// Route handlers are called directly with Bearer tokens; there is no session outside a request.
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let s: CityScenario;
let world: TaskWorld;
let officeToken: string;
let liaisonToken: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  world = await createTaskWorld(db(), s.cityA.id);
  officeToken = (await createApiToken(s.actors.cityAdminA, { name: "任务系统", role: "CITY_ADMIN", expiresInDays: 7 })).token;
  liaisonToken = (
    await createApiToken(s.actors.cityAdminA, { name: "单位系统", role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id, expiresInDays: 7 })
  ).token;
});

const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const get = (path: string, token = officeToken) => new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });

async function upload(bytes: Uint8Array | Buffer, { token = officeToken, query = "", name = "任务清单.xlsx" } = {}) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  return importRoute.POST(
    new NextRequest(`http://localhost/api/v1/tasks/import${query}`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form }),
    none,
  );
}

describe("the task-list routes", () => {
  it("GET /tasks/template answers the template with its header and instructions", async () => {
    const response = await templateRoute.GET(get("/api/v1/tasks/template"), none);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    const workbook = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["任务清单", "填写说明"]);
    expect(workbook.sheets[0].rows[0].cells).toEqual([...TASK_LIST_HEADER]);
    expect((await templateRoute.GET(get("/api/v1/tasks/template", liaisonToken), none)).status).toBe(403);
  });

  it("POST /tasks/import: 200 preview for ?dryRun=1, 201 on commit, 422 with every problem, 403 for a liaison", async () => {
    const bytes = await buildTaskListWorkbook(sampleTaskRows("（接口）"));
    const preview = await upload(bytes, { query: "?dryRun=1" });
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ counts: { tasks: 7, newActions: 1 }, newActionNames: ["校园周边环境治理专项行动"] });
    const committed = await upload(bytes);
    expect(committed.status).toBe(201);
    expect(await committed.json()).toEqual({ annualPlanId: world.annualPlan.id, created: 7, actionsCreated: 1 });
    const again = await upload(bytes);
    expect(again.status).toBe(422);
    const body = await again.json();
    expect(body.error.code).toBe("IMPORT_INVALID");
    expect(body.errors).toHaveLength(7);
    expect(body.errors[0]).toEqual({ sheet: "任务清单", row: 2, column: "任务名称", message: expect.stringContaining("请勿重复导入") });
    const xls = await upload(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), { name: "旧.xls" });
    expect(xls.status).toBe(422);
    expect((await xls.json()).error.message).toContain(".xlsx");
    const missing = await importRoute.POST(
      new NextRequest("http://localhost/api/v1/tasks/import", { method: "POST", headers: { authorization: `Bearer ${officeToken}` } }),
      none,
    );
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ error: { code: "VALIDATION_FAILED" }, fieldErrors: { file: expect.any(Array) } });
    expect((await upload(bytes, { token: liaisonToken })).status).toBe(403);
  });

  it("GET /tasks/export answers the list in the template layout and the 计划 sheet", async () => {
    const response = await exportRoute.GET(get(`/api/v1/tasks/export?annualPlan=${world.annualPlan.id}`), none);
    expect(response.status).toBe(200);
    const workbook = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["任务清单", "计划"]);
    const [header, first] = workbook.sheets[0].rows;
    expect(header.cells).toEqual([...TASK_LIST_HEADER]);
    expect(first.cells).toEqual([
      "市容环境整治行动",
      "主次干道占道经营集中整治（接口）",
      expect.any(String),
      "主次干道占道经营问题清零",
      "市城管局",
      "市市场监管局、雄关街道办事处",
      "王建国",
      new Date("2026-06-30T00:00:00Z"),
      null,
      "C02-01-1",
    ]);
    const plan = workbook.sheets[1].rows.map((row) => row.cells);
    expect(plan[2]).toEqual(["年度实施方案", `${world.annualPlan.year}年 ${world.annualPlan.title}`]);
    expect(plan.at(-1)).toEqual([4, "校园周边环境治理专项行动", null, 1]);
    const other = await exportRoute.GET(get(`/api/v1/tasks/export?annualPlan=${world.annualPlan.id}&city=${s.cityB.id}`), none);
    expect(other.status).toBe(404);
  });
});

describe("export then import", () => {
  it("gives the same tasks in a fresh city with the same department names", async () => {
    const source = await exportTaskList(s.actors.cityAdminA);
    const city = await createCity(db(), { provinceId: s.province.id });
    const fresh = await createTaskWorld(db(), city.id, { actions: [] });
    const office = (await createUser(db(), { role: "CITY_ADMIN", cityId: city.id })).actor;
    const result = await importTaskList(office, { file: { name: "导出.xlsx", bytes: source.bytes } });
    expect(result).toMatchObject({ annualPlanId: fresh.annualPlan.id, created: 7, actionsCreated: 4 });
    const shape = async (annualPlanId: string) =>
      (
        await db().task.findMany({
          where: { action: { annualPlanId }, deletedAt: null },
          orderBy: [{ action: { sortOrder: "asc" } }, { sortOrder: "asc" }],
          select: {
            title: true,
            description: true,
            target: true,
            responsiblePerson: true,
            deadline: true,
            recurrence: true,
            action: { select: { name: true } },
            leadDepartment: { select: { name: true } },
            coDepartments: { select: { department: { select: { name: true } } } },
            criteria: { select: { criterion: { select: { code: true } } } },
            _count: { select: { occurrences: true } },
          },
        })
      ).map((task) => ({
        ...task,
        coDepartments: task.coDepartments.map((co) => co.department.name).sort(),
        criteria: task.criteria.map((c) => c.criterion.code).sort(),
      }));
    const before = await shape(world.annualPlan.id);
    expect(before).toHaveLength(7);
    expect(await shape(fresh.annualPlan.id)).toEqual(before);
  });
});
