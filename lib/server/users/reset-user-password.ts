import { hashPassword } from "@/lib/auth/password";
import { END_ALL_SESSIONS } from "@/lib/server/auth/sessions";
import { defineUseCase } from "@/lib/server/use-case";
import { userVersionInput } from "@/lib/validation/users";
import { generatePassword } from "./generate-password";
import { loadUserForChange, reloadUser, saveUserChange } from "./user-changes";
import { toUserRow } from "./user-row";

/** A temporary password, returned once; the user must change it at the next sign-in. Clears a lockout. */
export const resetUserPassword = defineUseCase({
  name: "user.reset-password",
  permission: "manage:user",
  input: userVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadUserForChange(tx, actor, scope, input);
    const temporaryPassword = generatePassword();
    await saveUserChange(
      tx,
      record,
      {
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        ...END_ALL_SESSIONS,
      },
      input,
    );
    const before = toUserRow(record);
    const after = toUserRow(await reloadUser(tx, record.id));
    await audit({ entityType: "User", entityId: record.id, cityId: after.cityId, before, after });
    return { temporaryPassword };
  },
});
