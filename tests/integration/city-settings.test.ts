import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCitySettings } from "@/lib/server/city-settings/get-city-settings";
import { updateCitySettings } from "@/lib/server/city-settings/update-city-settings";
import { updateCycleWeights } from "@/lib/server/city-settings/update-cycle-weights";
import { createCycle } from "@/tests/factories/cycle";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";

let s: CityScenario;
let cycleId: string;
beforeAll(async () => {
  s = await createCityScenario(db());
  cycleId = (await createCycle(db(), { cityId: s.cityA.id, isCurrent: true, startYear: 2025 })).id;
});

const weights = (version: number, overrides: Record<string, unknown> = {}) => ({
  cycleId,
  version,
  inspectionWeight: "0.6",
  rectificationWeight: "0.3",
  ledgerWeight: "0.1",
  years: [
    { year: 2025, weight: "0.2" },
    { year: 2026, weight: "0.3" },
    { year: 2027, weight: "0.5" },
  ],
  ...overrides,
});

describe("getCitySettings", () => {
  it("reads the city's settings and its current cycle's weights", async () => {
    const settings = await getCitySettings(s.actors.cityAdminA);
    expect(settings).toMatchObject({
      cityId: s.cityA.id,
      rectificationDays: 7,
      inspectorsMayCreateRounds: false,
      autoDispatchFindings: false,
      appealDays: 0,
      currentCycle: {
        id: cycleId,
        inspectionWeight: "0.7",
        years: [
          { year: 2025, weight: "0.15" },
          { year: 2026, weight: "0.25" },
          { year: 2027, weight: "0.6" },
        ],
      },
    });
    expect((await getCitySettings(s.actors.supervisor, { cityId: s.cityA.id })).cityId).toBe(s.cityA.id);
    await expect(getCitySettings(s.actors.cityAdminB, { cityId: s.cityA.id })).rejects.toMatchObject({ status: 404 });
  });
});

describe("updateCitySettings", () => {
  it("saves the settings, audits them, and answers a stale version with 409", async () => {
    const { version } = await getCitySettings(s.actors.cityAdminA);
    const saved = await updateCitySettings(s.actors.cityAdminA, {
      cityId: s.cityA.id,
      version,
      rectificationDays: 10,
      inspectorsMayCreateRounds: true,
      autoDispatchFindings: "true",
      appealDays: 5,
    });
    expect(saved).toMatchObject({ rectificationDays: 10, inspectorsMayCreateRounds: true, autoDispatchFindings: true, appealDays: 5, version: version + 1 });
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: s.cityA.id, action: "city-settings.update" } });
    expect(entry.before).toMatchObject({ appealDays: 0 });
    expect(entry.after).toMatchObject({ appealDays: 5 });
    await expect(updateCitySettings(s.actors.cityAdminA, { cityId: s.cityA.id, version, appealDays: 0 })).rejects.toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
    });
    const off = await updateCitySettings(s.actors.cityAdminA, { cityId: s.cityA.id, version: saved.version, appealDays: 0 });
    expect(off).toMatchObject({ appealDays: 0, rectificationDays: 10 });
  });

  it("refuses days out of range with Chinese field errors", async () => {
    const { version } = await getCitySettings(s.actors.cityAdminA);
    await expect(updateCitySettings(s.actors.cityAdminA, { cityId: s.cityA.id, version, rectificationDays: 0, appealDays: 31 })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { rectificationDays: ["整改期限应为 1–365 天"], appealDays: ["申诉期应为 0–30 天（0 表示关闭）"] },
    });
  });

  it("does not reach another city", async () => {
    const { version } = await getCitySettings(s.actors.cityAdminB);
    await expect(updateCitySettings(s.actors.cityAdminA, { cityId: s.cityB.id, version, appealDays: 3 })).rejects.toMatchObject({ status: 404 });
    await expect(updateCitySettings(s.actors.supervisor, { cityId: s.cityA.id, version, appealDays: 3 })).rejects.toMatchObject({ status: 403 });
  });
});

describe("updateCycleWeights", () => {
  it("saves the scorecard and year weights and audits them", async () => {
    const saved = await updateCycleWeights(s.actors.cityAdminA, weights(1, { ledgerWeight: 0 }));
    expect(saved).toMatchObject({ inspectionWeight: "0.6", rectificationWeight: "0.3", ledgerWeight: "0", version: 2 });
    expect(saved.years.map((year) => year.weight)).toEqual(["0.2", "0.3", "0.5"]);
    expect(await db().auditLog.count({ where: { entityId: cycleId, action: "cycle.update-weights" } })).toBe(1);
    await expect(updateCycleWeights(s.actors.cityAdminA, weights(1))).rejects.toMatchObject({ status: 409, code: "VERSION_CONFLICT" });
  });

  it("refuses negative weights, all-zero weights and non-positive year weights next to their fields", async () => {
    await expect(updateCycleWeights(s.actors.cityAdminA, weights(2, { inspectionWeight: "-0.1" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { inspectionWeight: ["权重应为不小于 0 的数，最多四位小数"] },
    });
    await expect(
      updateCycleWeights(s.actors.cityAdminA, weights(2, { inspectionWeight: "0", rectificationWeight: 0, ledgerWeight: "0.0" })),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { inspectionWeight: ["三项权重不能全为 0"], rectificationWeight: ["三项权重不能全为 0"], ledgerWeight: ["三项权重不能全为 0"] },
    });
    await expect(
      updateCycleWeights(
        s.actors.cityAdminA,
        weights(2, {
          years: [
            { year: 2025, weight: "0" },
            { year: 2026, weight: "0.3" },
            { year: 2027, weight: "0.5" },
          ],
        }),
      ),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { "years.0.weight": ["年度权重应为大于 0 的数，最多四位小数"] } });
    await expect(updateCycleWeights(s.actors.cityAdminA, weights(2, { years: [{ year: 2030, weight: "1" }] }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { years: expect.any(Array) },
    });
  });

  it("does not reach another city's cycle", async () => {
    await expect(updateCycleWeights(s.actors.cityAdminB, weights(2))).rejects.toMatchObject({ status: 404 });
  });
});
