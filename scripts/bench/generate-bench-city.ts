import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { occurrencesOfYear } from "@/lib/domain/tasks/occurrences";
import { readSampleEditionSource } from "@/prisma/seed/load-sample-edition";
import { JIAYUGUAN_DEPARTMENTS } from "@/prisma/seed/data/departments";
import { PLAN_ACTIONS } from "@/prisma/seed/data/plan";
import { between, pick, seededRandom } from "@/prisma/seed/data/task-fates";
import { createCycle } from "@/tests/factories/cycle";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createPlan } from "@/tests/factories/plan";
import { createProvince } from "@/tests/factories/province";
import { createCity } from "@/tests/factories/city";

// A city at the scale the task list must stay fast for: 5,000 tasks over 8 actions and 30
// departments, ~20,000 ledger entries with evidence rows. Written in batches of plain createMany.

export type BenchSize = { tasks: number; entries: number; departments: number };
export type BenchCity = { provinceId: string; cityId: string; departmentIds: string[]; taskIds: string[] };

const BATCH = 2_000;

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

async function createDepartmentRows(cityId: string, count: number): Promise<string[]> {
  const names = JIAYUGUAN_DEPARTMENTS.map((d) => d.name);
  for (let i = names.length; i < count; i += 1) names.push(`第${i - JIAYUGUAN_DEPARTMENTS.length + 1}社区街道办事处`);
  const rows = names.slice(0, count).map((name, sortOrder) => ({ id: randomUUID(), cityId, name, sortOrder }));
  await db().department.createMany({ data: rows });
  return rows.map((row) => row.id);
}

export async function generateBenchCity(size: BenchSize): Promise<BenchCity> {
  const random = seededRandom(5000);
  const today = todayInShanghai();
  const province = await createProvince(db());
  const city = await createCity(db(), { provinceId: province.id });
  const departmentIds = await createDepartmentRows(city.id, size.departments);
  const { criteria } = await createEditionFromTree(db(), { source: readSampleEditionSource() });
  const cycle = await createCycle(db(), { cityId: city.id, editionId: criteria[0].editionId, startYear: Number(today.slice(0, 4)) - 2, isCurrent: true });
  const { actions } = await createPlan(db(), { cycleId: cycle.id, year: Number(today.slice(0, 4)), actions: PLAN_ACTIONS });

  const tasks = Array.from({ length: size.tasks }, (_, i) => {
    const isMonthly = random() < 0.08;
    const deadline = isMonthly ? null : addDays(today, between(random, -60, 200));
    return {
      id: randomUUID(),
      cityId: city.id,
      actionId: actions[i % actions.length].id,
      title: `任务${String(i + 1).padStart(4, "0")}：${pick(random, ["公益广告设置", "背街小巷整治", "文明交通劝导", "志愿服务", "集贸市场整治"])}`,
      target: "按测评标准完成",
      leadDepartmentId: departmentIds[i % departmentIds.length],
      responsiblePerson: "负责人",
      deadline: deadline ? parseBusinessDate(deadline) : null,
      recurrence: isMonthly ? ("MONTHLY" as const) : ("NONE" as const),
      dispatchStatus: "ACKNOWLEDGED" as const,
      completedAt: !isMonthly && random() < 0.1 ? new Date() : null,
      sortOrder: i,
    };
  });
  await inBatches(tasks, (batch) => db().task.createMany({ data: batch }));
  const co = tasks.flatMap((task, i) => {
    const departmentId = departmentIds[(i * 7 + 3) % departmentIds.length];
    return random() < 0.6 && departmentId !== task.leadDepartmentId ? [{ taskId: task.id, departmentId }] : [];
  });
  await inBatches(co, (batch) => db().taskCoDepartment.createMany({ data: batch }));
  const served = tasks.flatMap((task) => {
    if (random() < 0.2) return [];
    const first = pick(random, criteria);
    const second = random() < 0.3 ? pick(random, criteria) : first;
    return [...new Set([first.id, second.id])].map((criterionId) => ({ taskId: task.id, criterionId }));
  });
  await inBatches(served, (batch) => db().taskCriterion.createMany({ data: batch }));
  const year = Number(today.slice(0, 4));
  const occurrences = tasks
    .filter((task) => task.recurrence === "MONTHLY")
    .flatMap((task) =>
      occurrencesOfYear("MONTHLY", year).map((period) => ({
        cityId: city.id,
        taskId: task.id,
        periodStart: parseBusinessDate(period.periodStart),
        periodEnd: parseBusinessDate(period.periodEnd),
        dueDate: parseBusinessDate(period.dueDate),
      })),
    );
  await inBatches(occurrences, (batch) => db().taskOccurrence.createMany({ data: batch }));

  const entries = Array.from({ length: size.entries }, () => {
    const task = pick(random, tasks);
    return {
      id: randomUUID(),
      cityId: city.id,
      taskId: task.id,
      departmentId: task.leadDepartmentId,
      effectiveDate: parseBusinessDate(addDays(today, -between(random, 0, 150))),
      text: "组织人员开展专项检查，排查点位12处，整改问题5处，留存现场照片。",
      reviewStatus: pick(random, ["PENDING", "ACCEPTED", "ACCEPTED", "RETURNED"] as const),
      createdById: "bench",
    };
  });
  await inBatches(entries, (batch) => db().ledgerEntry.createMany({ data: batch }));
  const evidence = entries.flatMap((entry) =>
    random() < 0.5
      ? [
          {
            cityId: city.id,
            ledgerEntryId: entry.id,
            contentHash: "0".repeat(64),
            size: 1,
            mimeType: "image/jpeg",
            originalName: "现场照片-01.jpg",
            uploadedById: "bench",
          },
        ]
      : [],
  );
  await inBatches(evidence, (batch) => db().evidenceFile.createMany({ data: batch }));
  return { provinceId: province.id, cityId: city.id, departmentIds, taskIds: tasks.map((task) => task.id) };
}
