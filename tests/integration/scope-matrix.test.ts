import { beforeAll, describe, expect, it } from "vitest";
import type { ActionEntity } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Role } from "@/lib/generated/prisma/enums";
import { cityAdminRows } from "./matrix/city-admin-rows";
import { consoleRows } from "./matrix/console-rows";
import { appealRows } from "./matrix/appeal-rows";
import { bulletinRows } from "./matrix/bulletin-rows";
import { citizenReportRows } from "./matrix/citizen-report-rows";
import { departmentRows } from "./matrix/department-rows";
import { editionRows } from "./matrix/edition-rows";
import { findingRows } from "./matrix/finding-rows";
import { indicatorRows } from "./matrix/indicator-rows";
import { ledgerRows } from "./matrix/ledger-rows";
import { ledgerExportRows } from "./matrix/ledger-export-rows";
import { notificationRows } from "./matrix/notification-rows";
import { unusedGrants } from "./matrix/permission-uses";
import { planRows } from "./matrix/plan-rows";
import { publicationRows } from "./matrix/publication-rows";
import { roundRows } from "./matrix/round-rows";
import { scoringRows } from "./matrix/scoring-rows";
import { siteRows } from "./matrix/site-rows";
import { taskRows } from "./matrix/task-rows";
import { taskViewRows } from "./matrix/task-view-rows";
import { POSITIONS, outcomeOf, type MatrixRow, type PositionOutcomes } from "./matrix/types";
import { missingRowsMessage, registeredUseCases, useCasesWithoutRow } from "./matrix/use-case-registry";
import { userRows } from "./matrix/user-rows";
import { createMatrixWorld, type MatrixWorld } from "./matrix/world";

// The scope rules, proven against the real database: for every action, every role and every
// position of the record, the outcome is allow, 403 (no grant: deny by default) or 404 (outside
// the actor's scope). Every use case needs a row (its name as the action, or "name (variant)");
// later features add their rows files to ROWS.
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
  ...editionRows,
  ...notificationRows,
  ...findingRows,
  ...siteRows,
  ...roundRows,
  ...cityAdminRows,
  ...appealRows,
  ...publicationRows,
  ...bulletinRows,
  ...consoleRows,
  ...citizenReportRows,
];
const ROLES = Object.values(Role);

// Grants that were in the table before any code asked for them, each with the reason it stays.
// Remove an entry once its feature asks for the grant (the second test below insists).
const NOT_YET_ASKED: Partial<Record<ActionEntity, string>> = {
  "read:department-workspace": "the department workspace reads are guarded by read:department today",
};

let world: MatrixWorld;
beforeAll(async () => {
  world = await createMatrixWorld(db());
});

describe("the matrix itself", () => {
  it("names each action once and gives an outcome for every role", () => {
    expect(new Set(ROWS.map((row) => row.action)).size).toBe(ROWS.length);
    for (const row of ROWS) expect(Object.keys(row.expect).sort()).toEqual([...ROLES].sort());
  });

  it("has a row for every use case", () => {
    const { useCases, unreadable } = registeredUseCases();
    expect(unreadable, 'defineUseCase calls whose name is not a string literal (write name: "…")').toEqual([]);
    expect(useCases.length).toBeGreaterThan(40);
    const missing = useCasesWithoutRow(
      useCases,
      ROWS.map((row) => row.action),
    );
    expect(missing.length, missingRowsMessage(missing)).toBe(0);
  });
});

describe("the permission table", () => {
  it("grants nothing that no use case or read function in lib/server asks for", () => {
    const unused = unusedGrants().filter(({ actionEntity }) => !(actionEntity in NOT_YET_ASKED));
    const message = unused.map(({ actionEntity, roles }) => `${actionEntity} (granted to ${roles.join(", ")})`).join("\n");
    expect(unused.length, `grants no use case or read function in lib/server asks for:\n${message}`).toBe(0);
  });

  it("keeps the list of grants waiting for their feature honest", () => {
    const unused = new Set(unusedGrants().map(({ actionEntity }) => actionEntity));
    expect(Object.keys(NOT_YET_ASKED).filter((actionEntity) => !unused.has(actionEntity as ActionEntity))).toEqual([]);
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
