import { forbidden } from "@/lib/errors";
import { END_ALL_SESSIONS } from "@/lib/server/auth/sessions";
import { defineUseCase } from "@/lib/server/use-case";
import { signOutEverywhereInput } from "@/lib/validation/users";

/** "Sign out everywhere" on the account page: every session of the user ends, this one too. */
export const signOutEverywhere = defineUseCase({
  name: "user.sign-out-everywhere",
  permission: "end:own-sessions",
  input: signOutEverywhereInput,
  run: async ({ tx, actor, audit }) => {
    if (actor.kind !== "user") throw forbidden();
    await tx.user.update({ where: { id: actor.id }, data: END_ALL_SESSIONS });
    await audit({ entityType: "User", entityId: actor.id, cityId: actor.cityId, before: null, after: { sessionsEnded: true } });
  },
});
