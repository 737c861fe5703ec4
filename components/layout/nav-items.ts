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
const TASKS: NavItem = { labelKey: "nav.tasks", href: "/tasks" };
const PLANS: NavItem = { labelKey: "nav.plans", href: "/plans" };
const COVERAGE: NavItem = { labelKey: "nav.coverage", href: "/coverage" };
const NOTIFICATIONS: NavItem = { labelKey: "nav.notifications", href: "/notifications" };
const MY_HOME: NavItem = { labelKey: "nav.myHome", href: "/my" };

// The one table of what each role sees in the navigation. It only shapes the menu: every page
// and action checks permissions again on the server.
export function navItemsFor(actor: Pick<Actor, "role" | "departmentId">): NavItem[] {
  switch (actor.role) {
    case "SYSTEM_ADMIN":
      return [DASHBOARD, CITIES, EDITIONS, USERS, AUDIT, NOTIFICATIONS];
    case "PROVINCE_SUPERVISOR":
      return [DASHBOARD, CITIES, TASKS, EDITIONS, AUDIT, NOTIFICATIONS];
    case "CITY_ADMIN":
      return [DASHBOARD, TASKS, PLANS, COVERAGE, DEPARTMENTS, EDITIONS, CITY_INDICATORS, USERS, TOKENS, AUDIT, NOTIFICATIONS];
    case "INSPECTOR":
      return [DASHBOARD, TASKS, DEPARTMENTS, EDITIONS, NOTIFICATIONS];
    case "DEPARTMENT_LIAISON":
      // The liaison's daily work starts on its department's home; the department page keeps its criteria.
      return actor.departmentId
        ? [MY_HOME, DASHBOARD, TASKS, { labelKey: "nav.myDepartment", href: `/departments/${actor.departmentId}` }, NOTIFICATIONS]
        : [DASHBOARD, TASKS, NOTIFICATIONS];
  }
}

/** Whether a nav link is the current page (or a page below it). */
export function isActiveHref(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
