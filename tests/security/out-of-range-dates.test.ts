import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import * as taskEntriesRoute from "@/app/api/v1/tasks/[id]/ledger-entries/route";
import * as taskRoute from "@/app/api/v1/tasks/[id]/route";
import * as tasksRoute from "@/app/api/v1/tasks/route";
import { createLedgerWorld, type LedgerWorld } from "@/tests/fixtures/evidence/ledger-world";

// Found by the review of issue 7: a well-formed date in year 0000 passed validation and reached
// PostgreSQL, which has no year 0 (a 500 answering bad input). Business dates are 1900–2999.

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

let w: LedgerWorld;
beforeAll(async () => {
  w = await createLedgerWorld(db());
});

const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

describe("a date outside 1900–2999", () => {
  it.each(["0000-01-01", "1899-12-31", "3000-01-01"])("%s is 422 as a filter, a deadline and a ledger date, never a 500", async (date) => {
    session.actor = w.office;
    const filter = await tasksRoute.GET(new NextRequest(`http://localhost/api/v1/tasks?dueFrom=${date}`), none);
    expect(filter.status).toBe(422);
    expect(await filter.json()).toMatchObject({ fieldErrors: { dueFrom: [expect.any(String)] } });

    const task = w.tasks.overdue;
    const body = JSON.stringify({ version: task.version, deadline: date });
    const patch = await taskRoute.PATCH(
      new NextRequest(`http://localhost/api/v1/tasks/${task.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body }),
      withId(task.id),
    );
    expect(patch.status).toBe(422);
    expect(await patch.json()).toMatchObject({ fieldErrors: { deadline: [expect.any(String)] } });

    session.actor = w.liaisonA1;
    const form = new FormData();
    form.set("effectiveDate", date);
    form.set("text", "远古的台账");
    const entry = await taskEntriesRoute.POST(
      new NextRequest(`http://localhost/api/v1/tasks/${task.id}/ledger-entries`, { method: "POST", body: form }),
      withId(task.id),
    );
    expect(entry.status).toBe(422);
    expect(await entry.json()).toMatchObject({ fieldErrors: { effectiveDate: [expect.any(String)] } });
  });
});
