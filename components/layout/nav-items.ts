import type { Actor } from "@/lib/auth/actor";

/** One entry of the console's main navigation: a catalog key and where it goes. */
export type NavItem = { labelKey: string; href: string };

const DASHBOARD: NavItem = { labelKey: "nav.dashboard", href: "/dashboard" };
const CITIES: NavItem = { labelKey: "nav.cities", href: "/overview" };
const DEPARTMENTS: NavItem = { labelKey: "nav.departments", href: "/departments" };
const USERS: NavItem = { labelKey: "nav.users", href: "/users" };
const TOKENS: NavItem = { labelKey: "nav.tokens", href: "/tokens" };
const AUDIT: NavItem = { labelKey: "nav.audit", href: "/audit" };
const EDITIONS: NavItem = { labelKey: "nav.editions", href: "/editions" };
const CITY_INDICATORS: NavItem = { labelKey: "indicators.nav.cityIndicators", href: "/city-indicators" };

// The one table of what each role sees in the navigation. It only shapes the menu: every page
// and action checks permissions again on the server.
export function navItemsFor(actor: Pick<Actor, "role" | "departmentId">): NavItem[] {
  switch (actor.role) {
    case "SYSTEM_ADMIN":
      return [DASHBOARD, CITIES, EDITIONS, USERS, AUDIT];
    case "PROVINCE_SUPERVISOR":
      return [DASHBOARD, CITIES, EDITIONS, AUDIT];
    case "CITY_ADMIN":
      return [DASHBOARD, DEPARTMENTS, EDITIONS, CITY_INDICATORS, USERS, TOKENS, AUDIT];
    case "INSPECTOR":
      return [DASHBOARD, DEPARTMENTS, EDITIONS];
    case "DEPARTMENT_LIAISON":
      return actor.departmentId
        ? [DASHBOARD, { labelKey: "nav.myDepartment", href: `/departments/${actor.departmentId}` }]
        : [DASHBOARD];
  }
}

/** Whether a nav link is the current page (or a page below it). */
export function isActiveHref(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
