import { describe, expect, it } from "vitest";
import { can, type ActionEntity } from "@/lib/auth/permissions";
import { isActiveHref, navItemsFor } from "./nav-items";

const ROLES = ["SYSTEM_ADMIN", "PROVINCE_SUPERVISOR", "CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"] as const;
type Role = (typeof ROLES)[number];

const hrefs = (role: Role, departmentId: string | null = null) => navItemsFor({ role, departmentId }).map((item) => item.href);

describe("navItemsFor", () => {
  it("gives each role exactly its menu", () => {
    expect(hrefs("SYSTEM_ADMIN")).toEqual([
      "/dashboard",
      "/province",
      "/overview",
      "/admin/provinces",
      "/admin/cities",
      "/rounds",
      "/publications",
      "/findings",
      "/sites",
      "/editions",
      "/users",
      "/audit",
      "/notifications",
    ]);
    expect(hrefs("PROVINCE_SUPERVISOR")).toEqual([
      "/dashboard",
      "/province",
      "/overview",
      "/admin/cities",
      "/tasks",
      "/plans",
      "/coverage",
      "/publications",
      "/sites",
      "/editions",
      "/audit",
      "/notifications",
    ]);
    expect(hrefs("CITY_ADMIN")).toEqual([
      "/dashboard",
      "/tasks",
      "/plans",
      "/coverage",
      "/rounds",
      "/publications",
      "/findings",
      "/citizen-reports",
      "/sites",
      "/departments",
      "/editions",
      "/city-indicators",
      "/settings",
      "/users",
      "/tokens",
      "/audit",
      "/notifications",
    ]);
    expect(hrefs("INSPECTOR")).toEqual([
      "/inspect",
      "/dashboard",
      "/tasks",
      "/rounds",
      "/publications",
      "/findings",
      "/sites",
      "/departments",
      "/editions",
      "/notifications",
    ]);
  });

  it("starts a liaison on its department's home, and links its own department only", () => {
    expect(hrefs("DEPARTMENT_LIAISON", "dep-1")).toEqual(["/my", "/dashboard", "/tasks", "/publications", "/findings", "/departments/dep-1", "/notifications"]);
    const labels = navItemsFor({ role: "DEPARTMENT_LIAISON", departmentId: "dep-1" }).map((item) => item.labelKey);
    expect(labels[0]).toBe("nav.myHome");
    expect(labels[5]).toBe("nav.myDepartment");
    expect(hrefs("DEPARTMENT_LIAISON", null)).toEqual(["/dashboard", "/tasks", "/publications", "/findings", "/notifications"]);
  });

  it("shows each page by the permission table: its grant, and for 现场检查 checking without managing rounds", () => {
    const byGrant: [string, ActionEntity][] = [
      ["/sites", "read:site"],
      ["/rounds", "read:round"],
      ["/findings", "read:finding"],
      ["/users", "manage:user"],
      ["/tokens", "manage:token"],
      ["/audit", "read:audit"],
      ["/city-indicators", "localize:edition"],
    ];
    for (const role of ROLES) {
      const menu = hrefs(role, "d");
      for (const [href, grant] of byGrant) expect(menu.includes(href), `${role} ${href}`).toBe(can({ role }, grant));
      expect(menu.includes("/inspect"), role).toBe(can({ role }, "write:check") && !can({ role }, "manage:round"));
    }
    expect(hrefs("CITY_ADMIN")).not.toContain("/inspect");
  });

  it("names the publications 通报发布 for whoever publishes and 发布记录 for whoever only reads them", () => {
    const label = (role: Role) => navItemsFor({ role, departmentId: "d" }).find((item) => item.href === "/publications")?.labelKey;
    expect(ROLES.map(label)).toEqual(["nav.publications", "nav.publish", "nav.publish", "nav.publications", "nav.publications"]);
  });

  it("gives every role the notifications, and hrefs only once", () => {
    for (const role of ROLES) {
      const all = hrefs(role, "d");
      expect(all).toContain("/notifications");
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it("uses catalog keys of the nav namespace (or of the feature that owns the page)", () => {
    for (const role of ROLES) {
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
