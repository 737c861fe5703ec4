import { describe, expect, it } from "vitest";
import { criteriaOf } from "@/lib/domain/indicators/edition-data";
import { loadSampleEdition } from "../load-sample-edition";
import { JIAYUGUAN_DEPARTMENTS } from "./departments";
import { PLAN_ACTIONS } from "./plan";
import { deadlineOf, fatesOf, seededRandom } from "./task-fates";
import { DEMO_TASKS } from "./tasks";

describe("the demo task list", () => {
  it("names only real departments, actions and criteria of the sample edition", () => {
    const departments = new Set(JIAYUGUAN_DEPARTMENTS.map((d) => d.name));
    const codes = new Set(criteriaOf(loadSampleEdition()).map((c) => c.code));
    expect(DEMO_TASKS).toHaveLength(80);
    expect(new Set(DEMO_TASKS.map((t) => t.title)).size).toBe(DEMO_TASKS.length);
    for (const task of DEMO_TASKS) {
      expect(departments.has(task.lead), task.lead).toBe(true);
      for (const co of task.co) expect(departments.has(co) && co !== task.lead, `${task.title}: ${co}`).toBe(true);
      for (const code of task.criteria) expect(codes.has(code), code).toBe(true);
      expect(task.action).toBeLessThan(PLAN_ACTIONS.length);
    }
    expect(new Set(DEMO_TASKS.map((t) => t.action)).size).toBe(8);
    expect(new Set(DEMO_TASKS.map((t) => t.lead)).size).toBeGreaterThanOrEqual(14);
  });

  it("gives the demo liaison's 市城管局 tasks to lead and to co-own", () => {
    expect(DEMO_TASKS.filter((t) => t.lead === "市城管局").length).toBeGreaterThanOrEqual(10);
    expect(DEMO_TASKS.filter((t) => t.co.includes("市城管局")).length).toBeGreaterThanOrEqual(3);
  });

  it("spreads the fates and keeps dates on the right side of today", () => {
    const fates = fatesOf(DEMO_TASKS);
    expect(fates.filter((f) => f === "CHANGE_REQUESTED")).toHaveLength(2);
    for (const fate of ["IN_PROGRESS", "COMPLETED", "NOT_STARTED", "OVERDUE", "DRAFT", "RECURRING", "RECURRING_MISSED"] as const) {
      expect(fates, fate).toContain(fate);
    }
    const random = seededRandom(1);
    expect(deadlineOf("OVERDUE", "2026-06-15", random)! < "2026-06-15").toBe(true);
    expect(deadlineOf("IN_PROGRESS", "2026-06-15", random)! > "2026-06-15").toBe(true);
    expect(deadlineOf("RECURRING", "2026-06-15", random)).toBeNull();
    expect([seededRandom(7)(), seededRandom(7)()]).toEqual([seededRandom(7)(), seededRandom(7)()]);
  });
});
