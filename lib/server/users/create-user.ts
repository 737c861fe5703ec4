import { hashPassword } from "@/lib/auth/password";
import { invalidInput } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { createUserInput } from "@/lib/validation/users";
import { generatePassword } from "./generate-password";
import { resolveMembership } from "./resolve-membership";
import { toUserRow, userRowInclude } from "./user-row";

/** A new account with a random initial password, returned once and changed at first sign-in. */
export const createUser = defineUseCase({
  name: "user.create",
  permission: "manage:user",
  input: createUserInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const membership = await resolveMembership(tx, actor, scope, input);
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw invalidInput({ email: ["该邮箱已被使用"] });
    const initialPassword = generatePassword();
    const record = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        phone: input.phone || null,
        passwordHash: await hashPassword(initialPassword),
        mustChangePassword: true,
        memberships: { create: membership },
      },
      include: userRowInclude,
    });
    const user = toUserRow(record);
    await audit({ entityType: "User", entityId: user.id, cityId: user.cityId, before: null, after: user });
    return { user, initialPassword };
  },
});
