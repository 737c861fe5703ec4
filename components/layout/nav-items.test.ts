import { describe, expect, it } from "vitest";
import { isActiveHref, navItemsFor } from "./nav-items";

const hrefs = (role: Parameters<typeof navItemsFor>[0]["role"], departmentId: string | null = null) =>
  navItemsFor({ role, departmentId }).map((item) => item.href);

describe("navItemsFor", () => {
  it("gives each role exactly its menu", () => {
    expect(hrefs("SYSTEM_ADMIN")).toEqual(["/dashboard", "/overview", "/editions", "/users", "/audit"]);
    expect(hrefs("PROVINCE_SUPERVISOR")).toEqual(["/dashboard", "/overview", "/editions", "/audit"]);
    expect(hrefs("CITY_ADMIN")).toEqual(["/dashboard", "/departments", "/editions", "/city-indicators", "/users", "/tokens", "/audit"]);
    expect(hrefs("INSPECTOR")).toEqual(["/dashboard", "/departments", "/editions"]);
  });

  it("links a liaison to its own department only", () => {
    expect(hrefs("DEPARTMENT_LIAISON", "dep-1")).toEqual(["/dashboard", "/departments/dep-1"]);
    expect(navItemsFor({ role: "DEPARTMENT_LIAISON", departmentId: "dep-1" })[1].labelKey).toBe("nav.myDepartment");
    expect(hrefs("DEPARTMENT_LIAISON", null)).toEqual(["/dashboard"]);
  });

  it("uses catalog keys of the nav namespace (or of the feature that owns the page)", () => {
    for (const role of ["SYSTEM_ADMIN", "PROVINCE_SUPERVISOR", "CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"] as const) {
      for (const item of navItemsFor({ role, departmentId: "d" })) expect(item.labelKey).toMatch(/^(nav|indicators\.nav)\./);
    }
  });
});

describe("isActiveHref", () => {
  it("matches the page and the pages below it, not a mere prefix", () => {
    expect(isActiveHref("/departments", "/departments")).toBe(true);
    expect(isActiveHref("/departments/abc", "/departments")).toBe(true);
    expect(isActiveHref("/departments-old", "/departments")).toBe(false);
    expect(isActiveHref("/dashboard", "/departments")).toBe(false);
  });
});
