import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayInShanghai } from "@/lib/domain/dates";
import { DAILY_SWEEPS } from "@/lib/server/deadlines/daily-sweeps";
import { findingDeadlineSweep, sweepFindingDeadlines } from "@/lib/server/findings/sweep-finding-deadlines";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createCheckFinding } from "./findings-world";

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

const inA1 = (status: "OPEN" | "DISPATCHED" | "SUBMITTED" | "RETURNED" | "VERIFIED", dueInDays: number) =>
  createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status, dueInDays }).then((w) => w.finding);

describe("the finding deadline sweep", () => {
  it("is one of the daily runner's sweeps", () => {
    expect(DAILY_SWEEPS).toContain(findingDeadlineSweep);
  });

  it("tells the department's liaisons of findings due within 3 days and overdue ones, once", async () => {
    const overdue = await inA1("DISPATCHED", -1);
    const returned = await inA1("RETURNED", 3);
    const dueToday = await inA1("DISPATCHED", 0);
    const later = await inA1("DISPATCHED", 4);
    const waitingForOffice = await inA1("SUBMITTED", -1);
    const notDispatched = await inA1("OPEN", -1);
    const verified = await inA1("VERIFIED", -1);
    const today = todayInShanghai();

    const sent = await db().$transaction((tx) => sweepFindingDeadlines(tx, s.cityA.id, today));
    expect(sent).toBe(3);
    const notices = await db().notification.findMany({ where: { userId: s.actors.liaisonA1.id, kind: { startsWith: "FINDING_" } } });
    const kindOf = new Map(notices.map((notice) => [notice.link, notice.kind]));
    expect(kindOf.get(`/findings/${overdue.id}`)).toBe("FINDING_OVERDUE");
    expect(kindOf.get(`/findings/${returned.id}`)).toBe("FINDING_DUE_SOON");
    expect(kindOf.get(`/findings/${dueToday.id}`)).toBe("FINDING_DUE_SOON");
    for (const quiet of [later, waitingForOffice, notDispatched, verified]) expect(kindOf.has(`/findings/${quiet.id}`)).toBe(false);

    expect(await db().$transaction((tx) => sweepFindingDeadlines(tx, s.cityA.id, today))).toBe(0);
  });
});
