import { notFound, versionConflict } from "@/lib/errors";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import { defineUseCase } from "@/lib/server/use-case";
import { updateCitySettingsInput } from "@/lib/validation/city-settings";
import { currentCycleInclude, toCitySettingsRow } from "./city-settings-row";

/** The office changes its city's rectification window, round and dispatch rules and appeal window; an omitted field keeps its value. */
export const updateCitySettings = defineUseCase({
  name: "city-settings.update",
  permission: "manage:city-settings",
  input: updateCitySettingsInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const city = await tx.city.findFirst({
      where: { AND: [{ id: input.cityId, deletedAt: null }, cityScopeWhere(actor, scope)] },
      include: currentCycleInclude,
    });
    if (!city) throw notFound("城市");
    const before = toCitySettingsRow(city);
    if (city.version !== input.version) throw versionConflict(before, input);
    const { count } = await tx.city.updateMany({
      where: { id: city.id, version: city.version },
      data: {
        rectificationDays: input.rectificationDays,
        inspectorsMayCreateRounds: input.inspectorsMayCreateRounds,
        autoDispatchFindings: input.autoDispatchFindings,
        appealDays: input.appealDays,
        version: { increment: 1 },
      },
    });
    const after = toCitySettingsRow(await tx.city.findUniqueOrThrow({ where: { id: city.id }, include: currentCycleInclude }));
    if (count === 0) throw versionConflict(after, input);
    await audit({ entityType: "City", entityId: city.id, cityId: city.id, before, after });
    return after;
  },
});
