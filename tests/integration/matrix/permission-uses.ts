import fs from "node:fs";
import { PERMISSIONS, type ActionEntity } from "@/lib/auth/permissions";
import { sourceFiles } from "./use-case-registry";

// A grant is used when some use case or read function in lib/server asks for it by name
// (`permission: "read:task"`, `assertCan(actor, "read:task")`, `scopeOf(actor, …)`). A grant
// only the navigation or a page asks for protects nothing, so those do not count.

export function grantedActionEntities(): ActionEntity[] {
  const all = Object.values(PERMISSIONS).flatMap((grants) => grants.map((grant) => grant.slice(0, grant.lastIndexOf(":")) as ActionEntity));
  return [...new Set(all)].sort();
}

export function unusedGrants(root = process.cwd()): { actionEntity: ActionEntity; roles: string[] }[] {
  const text = sourceFiles(root, ["lib/server"])
    .map((file) => fs.readFileSync(file, "utf8"))
    .join("\n");
  return grantedActionEntities()
    .filter((actionEntity) => !text.includes(`"${actionEntity}"`))
    .map((actionEntity) => ({
      actionEntity,
      roles: Object.entries(PERMISSIONS)
        .filter(([, grants]) => (grants as readonly string[]).some((grant) => grant.startsWith(`${actionEntity}:`)))
        .map(([role]) => role),
    }));
}
