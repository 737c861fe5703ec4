import { describe, expect, it } from "vitest";
import { canWriteLedger, entryPermissions } from "./entry-permissions";

const open = { dispatchStatus: "DISPATCHED", isClosed: false };
const office = { role: "CITY_ADMIN" as const, departmentId: null };
const liaison = { role: "DEPARTMENT_LIAISON" as const, departmentId: "d1" };
const inspector = { role: "INSPECTOR" as const, departmentId: null };
const entry = (departmentId: string, reviewStatus: string) => ({ department: { id: departmentId }, reviewStatus });

describe("what the ledger screen offers", () => {
  it("offers the entry form on dispatched, open tasks to writers only", () => {
    expect(canWriteLedger(office, open)).toBe(true);
    expect(canWriteLedger(liaison, open)).toBe(true);
    expect(canWriteLedger(inspector, open)).toBe(false);
    expect(canWriteLedger(office, { dispatchStatus: "DRAFT", isClosed: false })).toBe(false);
    expect(canWriteLedger(liaison, { dispatchStatus: "ACKNOWLEDGED", isClosed: true })).toBe(false);
  });

  it("lets the office review and edit anything, a liaison answer and edit its own unaccepted entries", () => {
    expect(entryPermissions(office, open, entry("d2", "ACCEPTED"))).toEqual({ canReview: true, canEdit: true, canAnswer: false, canDelete: false });
    expect(entryPermissions(liaison, open, entry("d1", "RETURNED"))).toEqual({ canReview: false, canEdit: true, canAnswer: true, canDelete: true });
    expect(entryPermissions(liaison, open, entry("d1", "ACCEPTED"))).toMatchObject({ canEdit: false, canDelete: false });
    expect(entryPermissions(liaison, open, entry("d2", "RETURNED"))).toEqual({ canReview: false, canEdit: false, canAnswer: false, canDelete: false });
    expect(entryPermissions(inspector, open, entry("d1", "PENDING"))).toEqual({ canReview: false, canEdit: false, canAnswer: false, canDelete: false });
    expect(entryPermissions(liaison, { dispatchStatus: "DISPATCHED", isClosed: true }, entry("d1", "RETURNED")).canAnswer).toBe(false);
  });
});
