import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ActionEntity } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { scopeId } from "@/lib/server/cities/city-scope";

/**
 * The city a cockpit tile reads: the actor must hold `actionEntity` for its whole city (the
 * office, an inspector). A department's or a province's grant is refused rather than widened or
 * narrowed here: their dashboards are other screens.
 */
export function cockpitCityId(actor: Actor, actionEntity: ActionEntity): string {
  if (assertCan(actor, actionEntity) !== "city") throw forbidden();
  return scopeId(actor.cityId);
}
