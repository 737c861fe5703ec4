import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createDailyRunner, RETRY_AFTER_MS } from "@/lib/server/deadlines/daily-runner";
import type { DailySweep } from "@/lib/server/deadlines/daily-sweep";
import { ensureDailySweeps } from "@/lib/server/deadlines/ensure-daily-sweeps";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { taskDeadlineSweep } from "@/lib/server/notifications/sweep-deadline-notifications";
import { createTask } from "@/tests/factories/task";
import { createTaskChangesWorld, type TaskChangesWorld } from "./task-changes-world";

let w: TaskChangesWorld;
beforeAll(async () => {
  w = await createTaskChangesWorld();
});

// 2026-06-15 in Shanghai runs from 2026-06-14T16:00Z to 2026-06-15T16:00Z.
const MORNING = new Date("2026-06-15T01:00:00Z");
const LATE_EVENING = new Date("2026-06-15T15:59:00Z");
const NEXT_MIDNIGHT = new Date("2026-06-15T16:01:00Z");

/** The task deadline sweep, counting how often it runs for each city. */
function countingSweep() {
  const runs = new Map<string, number>();
  const sweep: DailySweep = {
    name: taskDeadlineSweep.name,
    run: async (tx, cityId, today) => {
      runs.set(cityId, (runs.get(cityId) ?? 0) + 1);
      return taskDeadlineSweep.run(tx, cityId, today);
    },
  };
  return { sweep, runs };
}

const clock = (start: Date) => {
  let current = start;
  return { now: () => current, set: (next: Date) => (current = next) };
};

const overdueNoticesOf = (taskId: string) =>
  db().notification.findMany({ where: { link: `/tasks/${taskId}`, userId: w.s.actors.liaisonA1.id, kind: "TASK_OVERDUE" }, select: { dedupeKey: true } });
const sweepAudits = () => db().auditLog.count({ where: { action: "notification.sweep", cityId: w.s.cityA.id } });

describe("the daily runner", () => {
  it("runs a city's sweeps once a day however many requests ask, each city on its own", async () => {
    const task = await createTask(db(), { actionId: w.action.id, leadDepartmentId: w.s.departmentA1.id, deadline: "2026-06-14", dispatchStatus: "DISPATCHED" });
    const { sweep, runs } = countingSweep();
    const time = clock(MORNING);
    const runner = createDailyRunner({ sweeps: [sweep], now: time.now });

    const outcomes = await Promise.all(Array.from({ length: 25 }, (_, i) => runner.ensure(i % 5 === 0 ? w.s.cityB.id : w.s.cityA.id)));
    time.set(LATE_EVENING);
    for (let i = 0; i < 10; i += 1) await runner.ensure(w.s.cityA.id);

    expect(runs.get(w.s.cityA.id)).toBe(1);
    expect(runs.get(w.s.cityB.id)).toBe(1);
    expect(outcomes[1]).toEqual({ created: { [sweep.name]: expect.any(Number) }, failed: [] });
    expect(await overdueNoticesOf(task.id)).toEqual([{ dedupeKey: `TASK_OVERDUE:${task.id}:2026-06-14:${w.s.actors.liaisonA1.id}` }]);
  });

  it("in a second process runs again the same day and sends nothing twice", async () => {
    const task = await createTask(db(), { actionId: w.action.id, leadDepartmentId: w.s.departmentA1.id, deadline: "2026-06-13", dispatchStatus: "DISPATCHED" });
    const first = createDailyRunner({ sweeps: [taskDeadlineSweep], now: () => MORNING });
    await first.ensure(w.s.cityA.id);
    const audits = await sweepAudits();
    const notices = await db().notification.count({ where: { cityId: w.s.cityA.id } });

    const second = countingSweep();
    const outcome = await createDailyRunner({ sweeps: [second.sweep], now: () => MORNING }).ensure(w.s.cityA.id);

    expect(second.runs.get(w.s.cityA.id)).toBe(1);
    expect(outcome.created[second.sweep.name]).toBe(0);
    expect(await db().notification.count({ where: { cityId: w.s.cityA.id } })).toBe(notices);
    expect(await sweepAudits()).toBe(audits);
    expect(await overdueNoticesOf(task.id)).toHaveLength(1);
  });

  it("runs again after midnight in Shanghai, and yesterday's due-soon task is overdue today", async () => {
    const task = await createTask(db(), { actionId: w.action.id, leadDepartmentId: w.s.departmentA1.id, deadline: "2026-06-15", dispatchStatus: "DISPATCHED" });
    const { sweep, runs } = countingSweep();
    const time = clock(LATE_EVENING);
    const runner = createDailyRunner({ sweeps: [sweep], now: time.now });
    await runner.ensure(w.s.cityA.id);
    expect(await overdueNoticesOf(task.id)).toEqual([]);

    time.set(NEXT_MIDNIGHT);
    await runner.ensure(w.s.cityA.id);
    await runner.ensure(w.s.cityA.id);
    expect(runs.get(w.s.cityA.id)).toBe(2);
    expect(await overdueNoticesOf(task.id)).toHaveLength(1);
  });

  it("keeps the other sweeps when one fails, and tries the failed day again a minute later", async () => {
    let failures = 1;
    const flaky: DailySweep = {
      name: "flaky",
      run: async () => {
        if (failures-- > 0) throw new Error("database went away");
        return 0;
      },
    };
    const { sweep, runs } = countingSweep();
    const time = clock(MORNING);
    const runner = createDailyRunner({ sweeps: [flaky, sweep], now: time.now });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});

    expect(await runner.ensure(w.s.cityB.id)).toMatchObject({ failed: ["flaky"] });
    expect(runs.get(w.s.cityB.id)).toBe(1);
    await runner.ensure(w.s.cityB.id);
    expect(runs.get(w.s.cityB.id)).toBe(1);

    time.set(new Date(MORNING.getTime() + RETRY_AFTER_MS + 1));
    expect(await runner.ensure(w.s.cityB.id)).toEqual({ created: { flaky: 0, [sweep.name]: 0 }, failed: [] });
    await runner.ensure(w.s.cityB.id);
    expect(runs.get(w.s.cityB.id)).toBe(2);
    quiet.mockRestore();
  });
});

describe("the shell's unread count", () => {
  it("once the city's sweeps ran today, reads one count and opens no transaction", async () => {
    await ensureDailySweeps(w.s.cityA.id);
    const transactions = vi.spyOn(db(), "$transaction");
    const counts = vi.spyOn(db().notification, "count");
    await countUnreadNotifications(w.s.actors.liaisonA1);
    await countUnreadNotifications(w.s.actors.liaisonA1);
    expect(transactions).not.toHaveBeenCalled();
    expect(counts).toHaveBeenCalledTimes(2);
    transactions.mockRestore();
    counts.mockRestore();
  });
});
