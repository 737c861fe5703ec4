import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { startDailySweeps } from "@/lib/server/deadlines/ensure-daily-sweeps";

/**
 * How many of the actor's notifications are unread (0 for an actor that has none to read): one
 * count. The shell asks on every page, so it only starts the city's daily sweeps (a no-op once
 * they ran today) and never waits on their writes; their notices show on the next page.
 */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  if (!can(actor, "read:notification")) return 0;
  startDailySweeps(actor.cityId);
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}
