import { hashPassword } from "@/lib/auth/password";
import { invalidInput } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { createUserInput } from "@/lib/validation/users";
import { generatePassword } from "./generate-password";
import { resolveMembership } from "./resolve-membership";
import { toUserRow, userRowInclude } from "./user-row";

const EMAIL_REFUSED = "无法使用该邮箱创建账号，请核对后重试或联系系统管理员。";

/** A new account with a random initial password, returned once and changed at first sign-in. */
export const createUser = defineUseCase({
  name: "user.create",
  permission: "manage:user",
  input: createUserInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const membership = await resolveMembership(tx, actor, scope, input);
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    // Emails are unique across every city: the refusal must not tell a city admin that the
    // address belongs to someone in another city, so it never says the email is taken.
    if (taken) throw invalidInput({ email: [EMAIL_REFUSED] });
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
