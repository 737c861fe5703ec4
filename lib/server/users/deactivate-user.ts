import { conflict, forbidden } from "@/lib/errors";
import { END_ALL_SESSIONS } from "@/lib/server/auth/sessions";
import { defineUseCase } from "@/lib/server/use-case";
import { userVersionInput } from "@/lib/validation/users";
import { loadUserForChange, reloadUser, saveUserChange } from "./user-changes";
import { toUserRow } from "./user-row";

/** Users are never deleted: a deactivated one can no longer sign in, and its history stays. */
export const deactivateUser = defineUseCase({
  name: "user.deactivate",
  permission: "manage:user",
  input: userVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadUserForChange(tx, actor, scope, input);
    if (record.id === actor.id) throw forbidden("不能停用自己的账号。");
    if (!record.isActive) throw conflict("该账号已停用。");
    await saveUserChange(tx, record, { isActive: false, ...END_ALL_SESSIONS }, input);
    const before = toUserRow(record);
    const after = toUserRow(await reloadUser(tx, record.id));
    await audit({ entityType: "User", entityId: record.id, cityId: after.cityId, before, after });
    return after;
  },
});
