import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden } from "@/lib/errors";
import type { Actor } from "./actor";

// The one permission table (house rule 5): `action:entity:scope`. Scope says which records the
// grant reaches — `any`, the actor's `province`, `city` or own `department`; the use case puts
// that scope into its query, so records beyond it are simply not found. Deny by default.
export const PERMISSIONS = {
  SYSTEM_ADMIN: [
    "read:score:any",
    "read:province:any",
    "manage:province:any",
    "manage:city:any",
    "manage:cycle:any",
    "read:publication:any",
    "read:city:any",
    "read:user:any",
    "manage:user:any",
    "read:department:any",
    "read:task:any",
    "read:ledger:any",
    "read:audit:any",
    "read:edition:any",
    "manage:edition:any",
    "import:edition:any",
    "read:dashboard:any",
    "read:site:any",
    "read:round:any",
    "read:finding:any",
    // Reads reports as the office does, but a contact is shown only to whoever moderates (the office).
    "read:citizen-report:any",
    "update:own-password:own",
    "end:own-sessions:own",
    "read:notification:own",
    "update:notification:own",
  ],
  PROVINCE_SUPERVISOR: [
    // No read:score, read:round or read:finding: a supervisor sees published results only (publications), never a
    // round's draft scores, an open round's checks or the findings behind them. Sites are not results: it keeps those.
    "read:city:province",
    "read:department:province",
    "read:task:province",
    "read:ledger:province",
    "read:edition:any",
    "manage:edition:any",
    "import:edition:any",
    "read:audit:province",
    "publish:ranking:province",
    "manage:cycle:province",
    "read:publication:province",
    "read:dashboard:province",
    "read:site:province",
    "update:own-password:own",
    "end:own-sessions:own",
    "read:notification:own",
    "update:notification:own",
  ],
  CITY_ADMIN: [
    "read:score:city",
    "compute:score:city",
    "read:city:city",
    "read:user:city",
    "manage:city-settings:city",
    "manage:ranking-list:city",
    "read:publication:city",
    "publish:publication:city",
    "read:appeal:city",
    "answer:appeal:city",
    "manage:user:city",
    "read:department:city",
    "manage:department:city",
    "read:task:city",
    "manage:task:city",
    "read:ledger:city",
    "review:ledger:city",
    "manage:token:city",
    "read:audit:city",
    "read:edition:any",
    "adopt:edition:city",
    "localize:edition:city",
    "write:ledger:city",
    "read:department-workspace:city",
    "read:dashboard:city",
    "read:site:city",
    "manage:site:city",
    "read:round:city",
    "create:round:city",
    "manage:round:city",
    "start:round:city",
    "write:check:city",
    "write:recheck:city",
    "read:finding:city",
    "dispatch:finding:city",
    "redirect:finding:city",
    "verify:finding:city",
    "reopen:finding:city",
    // 文明随手拍: only the office reads and moderates reports (a liaison sees one only as its
    // department's finding; a supervisor or inspector not at all: contacts and unmoderated reports).
    "read:citizen-report:city",
    "moderate:citizen-report:city",
    "manage:report-category:city",
    "update:own-password:own",
    "end:own-sessions:own",
    "read:notification:own",
    "update:notification:own",
  ],
  INSPECTOR: [
    "read:score:city",
    "compute:score:city",
    "read:city:city",
    "read:publication:city",
    "read:department:city",
    "read:task:city",
    "read:ledger:city",
    "read:edition:any",
    "read:dashboard:city",
    // Creating rounds also needs the city's setting (inspectorsMayCreateRounds); starting one and
    // checking need the inspector to be on the round (or the round to have no named inspectors).
    "read:site:city",
    "read:round:city",
    "create:round:city",
    "start:round:city",
    "write:check:city",
    "write:recheck:city",
    "read:finding:city",
    "redirect:finding:city",
    "update:own-password:own",
    "end:own-sessions:own",
    "read:notification:own",
    "update:notification:own",
  ],
  DEPARTMENT_LIAISON: [
    "read:city:city",
    "read:department:own",
    "read:task:own",
    "acknowledge:task:own",
    "read:ledger:own",
    "write:ledger:own",
    "read:department-workspace:own",
    "read:dashboard:own",
    "read:finding:own",
    "reply:finding:own",
    "read:publication:own",
    "read:appeal:own",
    "file:appeal:own",
    "update:own-password:own",
    "end:own-sessions:own",
    "read:notification:own",
    "update:notification:own",
  ],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[Role][number];
type Verb = Permission extends `${infer V}:${string}` ? V : never;
export type ActionEntity = Permission extends `${infer A}:${infer E}:${string}` ? `${A}:${E}` : never;
export type Scope = "any" | "province" | "city" | "own";

// An API token acts for another system with its creator's authority at most, and never manages
// accounts: users, roles, tokens, passwords and sessions stay with people signed in (conventions.md).
const NEVER_BY_TOKEN: readonly ActionEntity[] = ["manage:user", "manage:token", "update:own-password", "end:own-sessions"];

type Grantee = Pick<Actor, "role"> & Partial<Pick<Actor, "kind">>;

/** The widest scope the actor holds for `verb:entity`, or undefined when it has none. */
export function scopeOf(actor: Grantee, actionEntity: ActionEntity): Scope | undefined {
  if (actor.kind === "token" && NEVER_BY_TOKEN.includes(actionEntity)) return undefined;
  const granted = PERMISSIONS[actor.role] as readonly string[];
  const order: Scope[] = ["any", "province", "city", "own"];
  return order.find((scope) => granted.includes(`${actionEntity}:${scope}`));
}

export function can(actor: Grantee, actionEntity: ActionEntity): boolean {
  return scopeOf(actor, actionEntity) !== undefined;
}

export function assertCan(actor: Grantee, actionEntity: ActionEntity): Scope {
  const scope = scopeOf(actor, actionEntity);
  if (!scope) throw forbidden();
  return scope;
}

export type { Verb };
