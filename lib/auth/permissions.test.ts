import { describe, expect, it } from "vitest";
import { ROLES } from "./actor";
import { PERMISSIONS, assertCan, can, scopeOf, type ActionEntity } from "./permissions";

describe("the permission table", () => {
  it("has a well-formed action:entity:scope string for every grant", () => {
    for (const role of ROLES) {
      for (const grant of PERMISSIONS[role]) expect(grant).toMatch(/^[a-z-]+:[a-z-]+:(any|province|city|own)$/);
    }
  });

  it("denies by default: an action a role was never granted is refused", () => {
    expect(can({ role: "DEPARTMENT_LIAISON" }, "manage:user")).toBe(false);
    expect(can({ role: "INSPECTOR" }, "manage:department")).toBe(false);
    expect(can({ role: "PROVINCE_SUPERVISOR" }, "manage:token")).toBe(false);
    expect(() => assertCan({ role: "INSPECTOR" }, "manage:user")).toThrow(expect.objectContaining({ status: 403 }));
    expect(can({ role: "SYSTEM_ADMIN" }, "unknown:thing" as ActionEntity)).toBe(false);
  });

  it("gives each role the scope of its place in the campaign", () => {
    expect(scopeOf({ role: "SYSTEM_ADMIN" }, "read:user")).toBe("any");
    expect(scopeOf({ role: "PROVINCE_SUPERVISOR" }, "read:city")).toBe("province");
    expect(scopeOf({ role: "CITY_ADMIN" }, "manage:department")).toBe("city");
    expect(scopeOf({ role: "DEPARTMENT_LIAISON" }, "read:department")).toBe("own");
  });
});
