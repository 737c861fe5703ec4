import { describe, expect, it } from "vitest";
import { isActiveHref, navItemsFor } from "./nav-items";

const hrefs = (role: Parameters<typeof navItemsFor>[0]["role"], departmentId: string | null = null) =>
  navItemsFor({ role, departmentId }).map((item) => item.href);

describe("navItemsFor", () => {
  it("gives each role exactly its menu", () => {
    expect(hrefs("SYSTEM_ADMIN")).toEqual(["/dashboard", "/overview", "/editions", "/users", "/audit", "/notifications"]);
    expect(hrefs("PROVINCE_SUPERVISOR")).toEqual(["/dashboard", "/overview", "/tasks", "/editions", "/audit", "/notifications"]);
    expect(hrefs("CITY_ADMIN")).toEqual([
      "/dashboard",
      "/tasks",
      "/plans",
      "/coverage",
      "/departments",
      "/editions",
      "/city-indicators",
      "/users",
      "/tokens",
      "/audit",
      "/notifications",
    ]);
    expect(hrefs("INSPECTOR")).toEqual(["/dashboard", "/tasks", "/departments", "/editions", "/notifications"]);
  });

  it("starts a liaison on its department's home, and links its own department only", () => {
    expect(hrefs("DEPARTMENT_LIAISON", "dep-1")).toEqual(["/my", "/dashboard", "/tasks", "/departments/dep-1", "/notifications"]);
    const items = navItemsFor({ role: "DEPARTMENT_LIAISON", departmentId: "dep-1" });
    expect(items[0].labelKey).toBe("nav.myHome");
    expect(items[3].labelKey).toBe("nav.myDepartment");
    expect(hrefs("DEPARTMENT_LIAISON", null)).toEqual(["/dashboard", "/tasks", "/notifications"]);
  });

  it("gives every role the notifications, and hrefs only once", () => {
    for (const role of ["SYSTEM_ADMIN", "PROVINCE_SUPERVISOR", "CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"] as const) {
      const all = hrefs(role, "d");
      expect(all).toContain("/notifications");
      expect(new Set(all).size).toBe(all.length);
    }
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
