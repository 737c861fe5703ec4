import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDepartment } from "@/lib/server/departments/create-department";
import { deleteDepartment } from "@/lib/server/departments/delete-department";
import { getDepartmentOrThrow } from "@/lib/server/departments/get-department-or-throw";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { restoreDepartment } from "@/lib/server/departments/restore-department";
import { updateDepartment } from "@/lib/server/departments/update-department";
import { createDepartment as makeDepartment } from "@/tests/factories/department";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

const auditOf = (entityId: string, action: string) => db().auditLog.findFirstOrThrow({ where: { entityId, action } });

describe("createDepartment", () => {
  it("adds a department to the city admin's city and audits it", async () => {
    const name = `市住建局${uniqueSuffix()}`;
    const row = await createDepartment(s.actors.cityAdminA, { name, kind: "BUREAU", leaderName: "张三", shortName: "" });
    expect(row).toMatchObject({
      name,
      cityId: s.cityA.id,
      cityName: s.cityA.name,
      version: 1,
      deletedAt: null,
      shortName: null,
      leaderName: "张三",
      liaisonUsers: [],
    });
    const entry = await auditOf(row.id, "department.create");
    expect(entry).toMatchObject({ cityId: s.cityA.id, actorId: s.actors.cityAdminA.id, before: null, after: expect.objectContaining({ name }) });
  });

  it("refuses a duplicate name in the same city with a field error", async () => {
    await expect(createDepartment(s.actors.cityAdminA, { name: s.departmentA1.name, kind: "BUREAU" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { name: ["该城市已有同名单位"] },
    });
  });

  it("allows the same name in another city", async () => {
    const row = await createDepartment(s.actors.cityAdminB, { name: s.departmentA1.name, kind: "BUREAU" });
    expect(row.cityId).toBe(s.cityB.id);
  });

  it("answers invalid input with field errors", async () => {
    await expect(createDepartment(s.actors.cityAdminA, { name: " ", kind: "MINISTRY" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { name: expect.any(Array), kind: expect.any(Array) },
    });
  });

  it("is a city admin's job only", async () => {
    for (const actor of [s.actors.systemAdmin, s.actors.supervisor, s.actors.inspectorA, s.actors.liaisonA1]) {
      await expect(createDepartment(actor, { name: `x${uniqueSuffix()}`, kind: "BUREAU" })).rejects.toMatchObject({ status: 403 });
    }
  });
});

describe("updateDepartment", () => {
  it("saves, increments the version and audits before and after", async () => {
    const department = await makeDepartment(db(), { cityId: s.cityA.id, leaderName: "李四", liaisonPhone: "0937-1" });
    const row = await updateDepartment(s.actors.cityAdminA, { id: department.id, version: 1, leaderTitle: "副局长", liaisonPhone: "" });
    expect(row).toMatchObject({ version: 2, name: department.name, leaderName: "李四", leaderTitle: "副局长", liaisonPhone: null });
    const entry = await auditOf(department.id, "department.update");
    expect(entry.before).toMatchObject({ version: 1, leaderTitle: null, liaisonPhone: "0937-1" });
    expect(entry.after).toMatchObject({ version: 2, leaderTitle: "副局长" });
  });

  it("answers a stale version with 409 carrying the current record and the submitted input", async () => {
    const department = await makeDepartment(db(), { cityId: s.cityA.id });
    await updateDepartment(s.actors.cityAdminA, { id: department.id, version: 1, sortOrder: 3 });
    const error = await updateDepartment(s.actors.cityAdminA, { id: department.id, version: 1, sortOrder: 4 }).catch((e) => e);
    expect(error).toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
      details: { current: { version: 2, sortOrder: 3 }, submitted: { version: 1, sortOrder: 4 } },
    });
    expect((await db().department.findUniqueOrThrow({ where: { id: department.id } })).sortOrder).toBe(3);
  });

  it("refuses a rename onto another department's name", async () => {
    await expect(updateDepartment(s.actors.cityAdminA, { id: s.departmentA2.id, version: 1, name: s.departmentA1.name })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { name: ["该城市已有同名单位"] },
    });
  });

  it("does not find another city's department", async () => {
    await expect(updateDepartment(s.actors.cityAdminA, { id: s.departmentB1.id, version: 1, sortOrder: 1 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("deleteDepartment and restoreDepartment", () => {
  it("soft deletes: hidden from the list unless asked, still readable by id, then restored", async () => {
    const department = await makeDepartment(db(), { cityId: s.cityA.id });
    const deleted = await deleteDepartment(s.actors.cityAdminA, { id: department.id, version: 1 });
    expect(deleted.deletedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await db().department.count({ where: { id: department.id } })).toBe(1);
    const visible = await listDepartments(s.actors.cityAdminA, { q: department.name });
    expect(visible.items).toHaveLength(0);
    const all = await listDepartments(s.actors.cityAdminA, { q: department.name, includeDeleted: true });
    expect(all.items.map((d) => d.id)).toEqual([department.id]);
    expect((await getDepartmentOrThrow(s.actors.cityAdminA, department.id)).deletedAt).not.toBeNull();
    await expect(updateDepartment(s.actors.cityAdminA, { id: department.id, version: 2, sortOrder: 1 })).rejects.toMatchObject({ status: 409 });

    const restored = await restoreDepartment(s.actors.cityAdminA, { id: department.id, version: 2 });
    expect(restored).toMatchObject({ deletedAt: null, version: 3 });
    const actions = await db().auditLog.findMany({ where: { entityId: department.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["department.delete", "department.restore"]);
  });

  it("refuses while the department has an active liaison", async () => {
    await expect(deleteDepartment(s.actors.cityAdminA, { id: s.departmentA1.id, version: 1 })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("联络员"),
    });
  });

  it("refuses while the department leads an open task", async () => {
    const department = await makeDepartment(db(), { cityId: s.cityA.id });
    const { actions } = await createPlan(db(), { cityId: s.cityA.id });
    await db().task.create({ data: { cityId: s.cityA.id, actionId: actions[0].id, title: "清理背街小巷", leadDepartmentId: department.id } });
    await expect(deleteDepartment(s.actors.cityAdminA, { id: department.id, version: 1 })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("任务"),
    });
  });

  it("refuses to restore a department that is not deleted", async () => {
    const department = await makeDepartment(db(), { cityId: s.cityA.id });
    await expect(restoreDepartment(s.actors.cityAdminA, { id: department.id, version: 1 })).rejects.toMatchObject({ status: 409 });
  });
});

describe("listDepartments and getDepartmentOrThrow", () => {
  it("lists the actor's city, filtered by kind and name, with liaison users", async () => {
    const { items, total } = await listDepartments(s.actors.cityAdminA, { pageSize: 500 });
    expect(items.every((d) => d.cityId === s.cityA.id)).toBe(true);
    expect(total).toBe(items.length);
    const streets = await listDepartments(s.actors.inspectorA, { kind: "STREET_OFFICE" });
    expect(streets.items.map((d) => d.id)).toEqual([s.departmentA2.id]);
    const a1 = items.find((d) => d.id === s.departmentA1.id)!;
    expect(a1.liaisonUsers.map((u) => u.id)).toEqual([s.actors.liaisonA1.id]);
  });

  it("ignores a cityId outside the actor's scope (nothing matches)", async () => {
    expect((await listDepartments(s.actors.cityAdminA, { cityId: s.cityB.id })).total).toBe(0);
  });

  it("lets a supervisor list every city of its province, or one of them", async () => {
    const all = await listDepartments(s.actors.supervisor, { pageSize: 500 });
    expect(new Set(all.items.map((d) => d.cityId))).toEqual(new Set([s.cityA.id, s.cityB.id]));
    const one = await listDepartments(s.actors.supervisor, { cityId: s.cityB.id });
    expect(one.items.every((d) => d.cityId === s.cityB.id)).toBe(true);
  });

  it("pages", async () => {
    const page = await listDepartments(s.actors.cityAdminA, { page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
    await expect(listDepartments(s.actors.cityAdminA, { pageSize: 501 })).rejects.toMatchObject({ status: 422 });
  });

  it("shows a liaison its own department only", async () => {
    expect((await getDepartmentOrThrow(s.actors.liaisonA1, s.departmentA1.id)).id).toBe(s.departmentA1.id);
    await expect(getDepartmentOrThrow(s.actors.liaisonA1, s.departmentA2.id)).rejects.toMatchObject({ status: 404 });
  });

  it("answers 404 for another city's department", async () => {
    await expect(getDepartmentOrThrow(s.actors.cityAdminA, s.departmentB1.id)).rejects.toMatchObject({ status: 404 });
    await expect(getDepartmentOrThrow(s.actors.inspectorA, s.departmentB2.id)).rejects.toMatchObject({ status: 404 });
  });
});
