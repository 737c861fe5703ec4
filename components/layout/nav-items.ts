import type { Actor } from "@/lib/auth/actor";
import { can, scopeOf, type ActionEntity, type Scope } from "@/lib/auth/permissions";

/** One entry of the console's main navigation: a catalog key and where it goes. */
export type NavItem = { labelKey: string; href: string };

type Navigator = Pick<Actor, "role" | "departmentId"> & Partial<Pick<Actor, "kind">>;

type NavEntry = {
  item: (actor: Navigator) => NavItem | null;
  shows: (actor: Navigator) => boolean;
};

const link = (labelKey: string, href: string) => () => ({ labelKey, href });

/** Shown to whoever holds the grant at all. */
const holds = (actionEntity: ActionEntity) => (actor: Navigator) => can(actor, actionEntity);

/** Shown to whoever holds the grant with one of these scopes (a page that lists many cities, or one). */
const holdsAt =
  (actionEntity: ActionEntity, ...scopes: Scope[]) =>
  (actor: Navigator) => {
    const scope = scopeOf(actor, actionEntity);
    return scope !== undefined && scopes.includes(scope);
  };

const ownDepartment = (labelKey: string, href: (departmentId: string) => string) => (actor: Navigator) =>
  actor.departmentId ? { labelKey, href: href(actor.departmentId) } : null;

// The menu, in its order, each entry shown by the permission table (lib/auth/permissions.ts):
// there is no second table of what a role sees. It only shapes the menu: every page and action
// checks permissions again on the server.
const ENTRIES: NavEntry[] = [
  // A department's daily work starts on its own home; the inspector's in the field.
  { item: ownDepartment("nav.myHome", () => "/my"), shows: holdsAt("read:department-workspace", "own") },
  { item: link("nav.inspect", "/inspect"), shows: (actor) => can(actor, "write:check") && !can(actor, "manage:round") },
  { item: link("nav.dashboard", "/dashboard"), shows: holds("read:dashboard") },
  // The province view compares cities' publications: for whoever oversees more than one city.
  { item: link("nav.province", "/province"), shows: holdsAt("read:publication", "any", "province") },
  // The overview of many cities is for those who oversee more than one.
  { item: link("nav.cities", "/overview"), shows: holdsAt("read:city", "any", "province") },
  { item: link("nav.provinces", "/admin/provinces"), shows: holds("manage:province") },
  { item: link("nav.cityAdmin", "/admin/cities"), shows: holds("manage:cycle") },
  // Tasks are a city's work: followed from a province, a city or a department, not by the system admin.
  { item: link("nav.tasks", "/tasks"), shows: holdsAt("read:task", "province", "city", "own") },
  // A supervisor follows its cities' plans and coverage (read-only, through the city picker).
  { item: link("nav.plans", "/plans"), shows: (actor) => can(actor, "manage:task") || holdsAt("read:task", "province")(actor) },
  { item: link("nav.coverage", "/coverage"), shows: (actor) => can(actor, "manage:task") || holdsAt("read:task", "province")(actor) },
  { item: link("nav.inspections", "/rounds"), shows: holds("read:round") },
  // 通报发布 for whoever publishes (a city's office, a province's supervisor), 发布记录 for whoever only reads.
  {
    item: (actor) => ({
      labelKey: can(actor, "publish:publication") || can(actor, "publish:ranking") ? "nav.publish" : "nav.publications",
      href: "/publications",
    }),
    shows: holds("read:publication"),
  },
  { item: link("nav.findings", "/findings"), shows: holds("read:finding") },
  // 随手拍 is the office's queue: whoever moderates reports.
  { item: link("nav.citizenReports", "/citizen-reports"), shows: holds("moderate:citizen-report") },
  { item: link("nav.sites", "/sites"), shows: holds("read:site") },
  { item: ownDepartment("nav.myDepartment", (id) => `/departments/${id}`), shows: holdsAt("read:department", "own") },
  { item: link("nav.departments", "/departments"), shows: holdsAt("read:department", "city") },
  { item: link("nav.editions", "/editions"), shows: holds("read:edition") },
  { item: link("indicators.nav.cityIndicators", "/city-indicators"), shows: holds("localize:edition") },
  { item: link("nav.settings", "/settings"), shows: holds("manage:city-settings") },
  { item: link("nav.users", "/users"), shows: holds("manage:user") },
  { item: link("nav.tokens", "/tokens"), shows: holds("manage:token") },
  { item: link("nav.audit", "/audit"), shows: holds("read:audit") },
  { item: link("nav.notifications", "/notifications"), shows: holds("read:notification") },
];

export function navItemsFor(actor: Navigator): NavItem[] {
  return ENTRIES.filter((entry) => entry.shows(actor))
    .map((entry) => entry.item(actor))
    .filter((item): item is NavItem => item !== null);
}

/** Whether a nav link is the current page (or a page below it). */
export function isActiveHref(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
