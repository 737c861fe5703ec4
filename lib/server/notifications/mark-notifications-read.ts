import { defineUseCase } from "@/lib/server/use-case";
import { markNotificationsReadInput } from "@/lib/validation/notifications";

/** Marks the actor's own notifications read: the named ones, or all of them. */
export const markNotificationsRead = defineUseCase({
  name: "notification.mark-read",
  permission: "update:notification",
  input: markNotificationsReadInput,
  run: async ({ tx, actor, input, audit }) => {
    const ids = "ids" in input ? [...new Set(input.ids)] : null;
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    await audit({
      entityType: "Notification",
      entityId: ids?.length === 1 ? ids[0] : null,
      cityId: actor.cityId,
      before: null,
      after: { ids, all: ids === null, count },
    });
    return { count };
  },
});
