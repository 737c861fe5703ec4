import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { forbidden, invalidInput, notFound } from "@/lib/errors";
import { END_ALL_SESSIONS } from "@/lib/server/auth/sessions";
import { defineUseCase } from "@/lib/server/use-case";
import { changeOwnPasswordInput } from "@/lib/validation/users";

/**
 * A signed-in user changes its own password. The name is the one use case the wrapper lets a
 * user with a default or reset password run.
 */
export const changeOwnPassword = defineUseCase({
  name: "user.change-own-password",
  permission: "update:own-password",
  input: changeOwnPasswordInput,
  run: async ({ tx, actor, input, audit }) => {
    if (actor.kind !== "user") throw forbidden("API 令牌不能修改密码。");
    const user = await tx.user.findFirst({ where: { id: actor.id, isActive: true }, omit: { passwordHash: false } });
    if (!user) throw notFound("用户");
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw invalidInput({ currentPassword: ["当前密码不正确"] });
    }
    if (input.newPassword === input.currentPassword) throw invalidInput({ newPassword: ["新密码不能与当前密码相同"] });
    const passwordChangedAt = new Date();
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        passwordChangedAt,
        version: { increment: 1 },
        ...END_ALL_SESSIONS,
      },
    });
    await audit({
      entityType: "User",
      entityId: user.id,
      cityId: actor.cityId,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false, passwordChangedAt: passwordChangedAt.toISOString() },
    });
  },
});
