import JSZip from "jszip";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayInShanghai } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { generateReminderLetter } from "@/lib/server/letters/generate-reminder-letter";
import { createTask } from "@/tests/factories/task";
import * as letterRoute from "@/app/api/v1/departments/[id]/reminder-letter/route";
import { createTaskChangesWorld, type TaskChangesWorld } from "./task-changes-world";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let w: TaskChangesWorld;
let lateTitle: string;
let lateId: string;
beforeAll(async () => {
  w = await createTaskChangesWorld();
  const today = todayInShanghai();
  const late = await createTask(db(), {
    actionId: w.action.id,
    leadDepartmentId: w.s.departmentA1.id,
    deadline: addDays(today, -5),
    title: `整治背街小巷乱堆放${Math.random().toString(36).slice(2, 7)}`,
  });
  lateTitle = late.title;
  lateId = late.id;
  await createTask(db(), { actionId: w.action.id, leadDepartmentId: w.s.departmentA1.id, deadline: addDays(today, 5), title: "未到期的任务" });
  await createTask(db(), {
    actionId: w.action.id,
    leadDepartmentId: w.s.departmentA2.id,
    coDepartmentIds: [w.s.departmentA1.id],
    deadline: addDays(today, -3),
    title: "配合的逾期任务",
  });
});

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file("word/document.xml")!.async("string");
}

describe("reminder letter (提醒函)", () => {
  it("lists the department's overdue lead tasks in an official letter, recorded in its history", async () => {
    const letter = await generateReminderLetter(w.s.actors.cityAdminA, { departmentId: w.s.departmentA1.id });
    expect(letter.taskIds).toEqual([lateId]);
    const xml = await documentXml(letter.bytes);
    expect(xml).toContain("关于加快推进创建全国文明城市重点任务的提醒函");
    expect(xml).toContain(`${w.s.departmentA1.name}：`);
    expect(xml).toContain(lateTitle);
    expect(xml).toContain("5天");
    expect(xml).toContain(`${w.s.cityA.name}文明办`);
    expect(xml).toContain(w.plan.annualPlan.title);
    const [year, month, day] = todayInShanghai().split("-").map(Number);
    expect(xml).toContain(`${year}年${month}月${day}日`);
    expect(xml).not.toContain("未到期的任务");
    expect(xml).not.toContain("配合的逾期任务");
    const history = await db().auditLog.findFirst({ where: { entityType: "Department", entityId: w.s.departmentA1.id, action: "department.reminder-letter" } });
    expect(history?.after).toEqual({ taskIds: [lateId], count: 1 });
  });

  it("refuses a department with no overdue task (409), another city's department (404) and non-office roles (403)", async () => {
    const none = await generateReminderLetter(w.s.actors.cityAdminA, { departmentId: w.departmentA3.id }).then(
      () => null,
      (e: AppError) => e,
    );
    expect(none).toMatchObject({ status: 409, message: "该单位没有逾期任务" });
    const foreign = await generateReminderLetter(w.s.actors.cityAdminB, { departmentId: w.s.departmentA1.id }).then(
      () => null,
      (e: AppError) => e,
    );
    expect(foreign?.status).toBe(404);
    const liaison = await generateReminderLetter(w.s.actors.liaisonA1, { departmentId: w.s.departmentA1.id }).then(
      () => null,
      (e: AppError) => e,
    );
    expect(liaison?.status).toBe(403);
  });

  it("is served by GET /api/v1/departments/{id}/reminder-letter as an attachment", async () => {
    const { token } = await createApiToken(w.s.actors.cityAdminA, { name: "提醒函", role: "CITY_ADMIN", expiresInDays: 7 });
    const request = (id: string) =>
      new NextRequest(`http://localhost/api/v1/departments/${id}/reminder-letter`, { headers: { authorization: `Bearer ${token}` } });
    const response = await letterRoute.GET(request(w.s.departmentA1.id), { params: Promise.resolve({ id: w.s.departmentA1.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const disposition = response.headers.get("content-disposition")!;
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(`提醒函-${w.s.departmentA1.name}-${todayInShanghai()}.docx`);
    expect(await documentXml(new Uint8Array(await response.arrayBuffer()))).toContain(lateTitle);
    const empty = await letterRoute.GET(request(w.departmentA3.id), { params: Promise.resolve({ id: w.departmentA3.id }) });
    expect(empty.status).toBe(409);
    expect(await empty.json()).toMatchObject({ error: { code: "CONFLICT", message: "该单位没有逾期任务" } });
  });
});
