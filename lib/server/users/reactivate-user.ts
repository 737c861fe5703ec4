import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { userVersionInput } from "@/lib/validation/users";
import { loadUserForChange, reloadUser, saveUserChange } from "./user-changes";
import { toUserRow } from "./user-row";

/** Lets a deactivated user sign in again, with a clean lockout counter. */
export const reactivateUser = defineUseCase({
  name: "user.reactivate",
  permission: "manage:user",
  input: userVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadUserForChange(tx, actor, scope, input);
    if (record.isActive) throw conflict("该账号未停用。");
    await saveUserChange(tx, record, { isActive: true, failedLoginCount: 0, lockedUntil: null }, input);
    const before = toUserRow(record);
    const after = toUserRow(await reloadUser(tx, record.id));
    await audit({ entityType: "User", entityId: record.id, cityId: after.cityId, before, after });
    return after;
  },
});
