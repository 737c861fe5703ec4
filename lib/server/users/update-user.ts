import { forbidden } from "@/lib/errors";
import { END_ALL_SESSIONS } from "@/lib/server/auth/sessions";
import { defineUseCase } from "@/lib/server/use-case";
import { updateUserInput } from "@/lib/validation/users";
import { resolveMembership } from "./resolve-membership";
import { reloadUser, loadUserForChange, saveUserChange } from "./user-changes";
import { toUserRow } from "./user-row";

/** Edits a user and replaces its role and scope (this is how a liaison moves to another department). */
export const updateUser = defineUseCase({
  name: "user.update",
  permission: "manage:user",
  input: updateUserInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadUserForChange(tx, actor, scope, input);
    const before = toUserRow(record);
    if (record.id === actor.id && input.role !== before.role) throw forbidden("不能修改自己的角色。");
    const membership = await resolveMembership(tx, actor, scope, input);
    const current = record.memberships[0];
    const isScopeChange = (["role", "provinceId", "cityId", "departmentId"] as const).some((key) => (membership[key] ?? null) !== (current[key] ?? null));
    const fields = { name: input.name, phone: input.phone === undefined ? undefined : input.phone || null };
    // A new role or scope must not ride on sessions signed in under the old one.
    await saveUserChange(tx, record, isScopeChange ? { ...fields, ...END_ALL_SESSIONS } : fields, input);
    await tx.roleMembership.update({ where: { id: record.memberships[0].id }, data: membership });
    const after = toUserRow(await reloadUser(tx, record.id));
    // A move between cities is logged in both, so each city's admins see the user come or go.
    const cityIds = new Set([before.cityId, after.cityId]);
    for (const cityId of cityIds) await audit({ entityType: "User", entityId: record.id, cityId, before, after });
    return after;
  },
});
