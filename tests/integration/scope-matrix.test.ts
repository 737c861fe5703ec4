import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Role } from "@/lib/generated/prisma/enums";
import { departmentRows } from "./matrix/department-rows";
import { indicatorRows } from "./matrix/indicator-rows";
import { ledgerRows } from "./matrix/ledger-rows";
import { ledgerExportRows } from "./matrix/ledger-export-rows";
import { planRows } from "./matrix/plan-rows";
import { scoringRows } from "./matrix/scoring-rows";
import { taskRows } from "./matrix/task-rows";
import { taskViewRows } from "./matrix/task-view-rows";
import { POSITIONS, outcomeOf, type MatrixRow, type PositionOutcomes } from "./matrix/types";
import { userRows } from "./matrix/user-rows";
import { createMatrixWorld, type MatrixWorld } from "./matrix/world";

// The scope rules, proven against the real database: for every action, every role and every
// position of the record, the outcome is allow, 403 (no grant: deny by default) or 404 (outside
// the actor's scope). Later features add their rows files to ROWS.
const ROWS: MatrixRow[] = [
  ...departmentRows,
  ...userRows,
  ...indicatorRows,
  ...scoringRows,
  ...taskRows,
  ...ledgerRows,
  ...ledgerExportRows,
  ...planRows,
  ...taskViewRows,
];
const ROLES = Object.values(Role);

let world: MatrixWorld;
beforeAll(async () => {
  world = await createMatrixWorld(db());
});

describe("the matrix itself", () => {
  it("names each action once and gives an outcome for every role", () => {
    expect(new Set(ROWS.map((row) => row.action)).size).toBe(ROWS.length);
    for (const row of ROWS) expect(Object.keys(row.expect).sort()).toEqual([...ROLES].sort());
  });
});

describe.each(ROWS)("$action", (row) => {
  it.each(ROLES)("%s", async (role) => {
    const actual = {} as PositionOutcomes;
    for (const position of POSITIONS) {
      actual[position] = await outcomeOf(() => row.run(world.actorOf(role), world.fixture(position)));
    }
    expect(actual).toEqual(row.expect[role]);
  });
});
