import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { sweepCityIfDue } from "./sweep-city-if-due";

/** How many of the actor's notifications are unread (0 for an actor that has none to read). */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  if (!can(actor, "read:notification")) return 0;
  await sweepCityIfDue(actor.cityId);
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}
