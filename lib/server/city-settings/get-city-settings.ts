import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { cityScopeWhere, scopeId } from "@/lib/server/cities/city-scope";
import type { CitySettingsRow } from "@/lib/validation/city-settings";
import { currentCycleInclude, toCitySettingsRow } from "./city-settings-row";

/** A city's settings and its current cycle's weights; the actor's own city when none is named. */
export async function getCitySettings(actor: Actor, { cityId }: { cityId?: string } = {}): Promise<CitySettingsRow> {
  const scope = assertCan(actor, "read:city");
  const city = await db().city.findFirst({
    where: { AND: [{ id: cityId ?? scopeId(actor.cityId), deletedAt: null }, cityScopeWhere(actor, scope)] },
    include: currentCycleInclude,
  });
  if (!city) throw notFound("城市");
  return toCitySettingsRow(city);
}
