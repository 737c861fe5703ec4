import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTask } from "@/lib/server/tasks/create-task";
import { deleteTask } from "@/lib/server/tasks/delete-task";
import { reopenTask } from "@/lib/server/tasks/reopen-task";
import { signOffTask } from "@/lib/server/tasks/sign-off-task";
import { updateTask } from "@/lib/server/tasks/update-task";
import { createLedgerEntry } from "@/tests/factories/task";
import { createTaskChangesWorld, type TaskChangesWorld } from "./task-changes-world";

let w: TaskChangesWorld;
beforeAll(async () => {
  w = await createTaskChangesWorld();
});

const fieldsOf = (overrides: Record<string, unknown> = {}) => ({
  actionId: w.action.id,
  title: `清理主干道小广告${Math.random().toString(36).slice(2, 8)}`,
  description: "每周巡查一次",
  target: "公益广告新增 120 处",
  targetValue: 120,
  targetUnit: "处",
  leadDepartmentId: w.s.departmentA1.id,
  coDepartmentIds: [w.s.departmentA2.id],
  responsiblePerson: "张三",
  deadline: "2026-12-31",
  recurrence: "NONE",
  criterionIds: [w.criteria[0].id],
  ...overrides,
});

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("task.create", () => {
  it("creates a draft with its co-departments, criteria and audit entry", async () => {
    const task = await createTask(w.s.actors.cityAdminA, fieldsOf());
    expect(task).toMatchObject({
      dispatchStatus: "DRAFT",
      deadline: "2026-12-31",
      targetValue: "120",
      targetUnit: "处",
      recurrence: "NONE",
      leadDepartment: { id: w.s.departmentA1.id },
      coDepartments: [{ id: w.s.departmentA2.id }],
      criteria: [w.criteria[0].code],
      version: 1,
    });
    const audit = await db().auditLog.findFirst({ where: { entityType: "Task", entityId: task.id, action: "task.create" } });
    expect(audit?.cityId).toBe(w.s.cityA.id);
  });

  it("gives a recurring task the occurrences of its plan year", async () => {
    const task = await createTask(w.s.actors.cityAdminA, fieldsOf({ recurrence: "QUARTERLY", deadline: "" }));
    const occurrences = await db().taskOccurrence.findMany({ where: { taskId: task.id }, orderBy: { periodStart: "asc" } });
    expect(occurrences.map((o) => o.dueDate.toISOString().slice(0, 10))).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]);
  });

  it("names every bad field in Chinese", async () => {
    const missing = await errorOf(createTask(w.s.actors.cityAdminA, { recurrence: "NONE" }));
    expect(missing.status).toBe(422);
    expect(missing.fieldErrors).toMatchObject({ actionId: ["请选择所属行动"], title: ["请填写任务名称"], leadDepartmentId: ["请选择牵头单位"] });

    const noDeadline = await errorOf(createTask(w.s.actors.cityAdminA, fieldsOf({ deadline: "" })));
    expect(noDeadline.fieldErrors).toEqual({ deadline: ["请填写完成时限"] });

    const badDate = await errorOf(createTask(w.s.actors.cityAdminA, fieldsOf({ deadline: "2026-02-30" })));
    expect(badDate.fieldErrors?.deadline).toEqual(["完成时限不是有效日期"]);

    const badRefs = await errorOf(
      createTask(
        w.s.actors.cityAdminA,
        fieldsOf({
          actionId: w.actionB.id,
          leadDepartmentId: w.s.departmentB1.id,
          coDepartmentIds: [w.s.departmentA2.id, w.s.departmentA2.id],
          criterionIds: [w.foreignCriterion.id],
          targetValue: "很多",
        }),
      ),
    );
    expect(badRefs.fieldErrors).toMatchObject({ targetValue: ["目标数值应为数字"] });

    const refs = await errorOf(
      createTask(
        w.s.actors.cityAdminA,
        fieldsOf({
          actionId: w.actionB.id,
          leadDepartmentId: w.s.departmentB1.id,
          coDepartmentIds: [w.s.departmentA2.id, w.s.departmentA2.id],
          criterionIds: [w.foreignCriterion.id],
        }),
      ),
    );
    expect(refs.status).toBe(404);
    expect(refs.fieldErrors).toEqual({
      actionId: ["所属行动不存在，请重新选择"],
      leadDepartmentId: ["牵头单位不存在，请重新选择"],
      coDepartmentIds: ["配合单位不能重复"],
      criterionIds: ["对应测评标准不属于本市采用的测评体系"],
    });

    const leadAsCo = await errorOf(createTask(w.s.actors.cityAdminA, fieldsOf({ coDepartmentIds: [w.s.departmentA1.id] })));
    expect(leadAsCo.fieldErrors).toEqual({ coDepartmentIds: ["配合单位不能包含牵头单位"] });
  });

  it("is the office's: a liaison or inspector gets 403, another city's office cannot use this city's records", async () => {
    expect((await errorOf(createTask(w.s.actors.liaisonA1, fieldsOf()))).status).toBe(403);
    expect((await errorOf(createTask(w.s.actors.inspectorA, fieldsOf()))).status).toBe(403);
    expect((await errorOf(createTask(w.s.actors.cityAdminB, fieldsOf()))).status).toBe(404);
  });
});

describe("task.update and task.delete", () => {
  it("edits the fields, keeps omitted ones, and refuses a stale version with both versions", async () => {
    const task = await createTask(w.s.actors.cityAdminA, fieldsOf());
    const updated = await updateTask(w.s.actors.cityAdminA, { id: task.id, version: 1, title: "新名称", coDepartmentIds: [w.departmentA3.id] });
    expect(updated).toMatchObject({ title: "新名称", version: 2, coDepartments: [{ id: w.departmentA3.id }], deadline: "2026-12-31", targetValue: "120" });
    const stale = await errorOf(updateTask(w.s.actors.cityAdminA, { id: task.id, version: 1, title: "旧的" }));
    expect(stale.status).toBe(409);
    expect(stale.code).toBe("VERSION_CONFLICT");
    expect(stale.details).toMatchObject({ current: { title: "新名称", version: 2 }, submitted: { title: "旧的", version: 1 } });
  });

  it("regenerates occurrences without entries when the recurrence changes", async () => {
    const task = await createTask(w.s.actors.cityAdminA, fieldsOf({ recurrence: "MONTHLY" }));
    const march = await db().taskOccurrence.findFirstOrThrow({ where: { taskId: task.id, periodStart: new Date("2026-03-01") } });
    await createLedgerEntry(db(), { taskId: task.id, departmentId: w.s.departmentA1.id, occurrenceId: march.id, effectiveDate: "2026-03-10" });
    await updateTask(w.s.actors.cityAdminA, { id: task.id, version: 1, recurrence: "QUARTERLY" });
    const occurrences = await db().taskOccurrence.findMany({ where: { taskId: task.id }, orderBy: { periodStart: "asc" } });
    expect(occurrences.map((o) => o.periodStart.toISOString().slice(0, 10))).toEqual(["2026-01-01", "2026-03-01", "2026-04-01", "2026-07-01", "2026-10-01"]);
    await updateTask(w.s.actors.cityAdminA, { id: task.id, version: 2, recurrence: "NONE" });
    expect(await db().taskOccurrence.count({ where: { taskId: task.id } })).toBe(1);
  });

  it("needs a deadline when a recurring task becomes one-off", async () => {
    const task = await createTask(w.s.actors.cityAdminA, fieldsOf({ recurrence: "WEEKLY", deadline: null }));
    const error = await errorOf(updateTask(w.s.actors.cityAdminA, { id: task.id, version: 1, recurrence: "NONE" }));
    expect(error.fieldErrors).toEqual({ deadline: ["请填写完成时限"] });
  });

  it("soft-deletes with the version read; another city's office gets 404", async () => {
    const task = await createTask(w.s.actors.cityAdminA, fieldsOf());
    expect((await errorOf(deleteTask(w.s.actors.cityAdminB, { id: task.id, version: 1 }))).status).toBe(404);
    expect((await errorOf(deleteTask(w.s.actors.cityAdminA, { id: task.id, version: 7 }))).status).toBe(409);
    await deleteTask(w.s.actors.cityAdminA, { id: task.id, version: 1 });
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).deletedAt).not.toBeNull();
    expect((await errorOf(updateTask(w.s.actors.cityAdminA, { id: task.id, version: 2, title: "x" }))).status).toBe(404);
  });
});

describe("task.sign-off and task.reopen", () => {
  it("signs a dispatched task off, then reopens it", async () => {
    const task = await createTask(w.s.actors.cityAdminA, fieldsOf());
    expect((await errorOf(signOffTask(w.s.actors.cityAdminA, { id: task.id, version: 1 }))).message).toBe("任务尚未交办，不能确认完成。");
    await db().task.update({ where: { id: task.id }, data: { dispatchStatus: "DISPATCHED" } });
    const signed = await signOffTask(w.s.actors.cityAdminA, { id: task.id, version: 1 });
    expect(signed.status).toBe("COMPLETED");
    expect(signed.completedAt).not.toBeNull();
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).completedById).toBe(w.s.actors.cityAdminA.id);
    expect((await errorOf(signOffTask(w.s.actors.cityAdminA, { id: task.id, version: 2 }))).status).toBe(409);
    expect((await errorOf(signOffTask(w.s.actors.liaisonA1, { id: task.id, version: 2 }))).status).toBe(403);
    const reopened = await reopenTask(w.s.actors.cityAdminA, { id: task.id, version: 2 });
    expect(reopened).toMatchObject({ completedAt: null, version: 3 });
    expect(reopened.status).not.toBe("COMPLETED");
    expect((await errorOf(reopenTask(w.s.actors.cityAdminA, { id: task.id, version: 3 }))).message).toBe("该任务尚未确认完成。");
  });
});
