import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import { getSiteOptions } from "@/lib/server/sites/get-site-options";
import { getStreetSummary } from "@/lib/server/sites/get-street-summary";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCheck, createRound } from "@/tests/factories/inspection";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createSite, createSiteType } from "@/tests/factories/site";
import { insertPublicationOfRound } from "@/tests/support/publication-snapshots";

let s: CityScenario;
let types: { lane: { id: string; name: string }; market: { id: string; name: string } };
let olderRoundId: string;
let sites: Record<"lanePassed" | "laneFailedLater" | "laneUnchecked" | "market" | "noStreet" | "inactive", { id: string }>;

beforeAll(async () => {
  s = await createCityScenario(db());
  types = { lane: await createSiteType(db()), market: await createSiteType(db()) };
  const at = (street: string | null, type: { id: string }, extra: object = {}) =>
    createSite(db(), { cityId: s.cityA.id, responsibleDepartmentId: s.departmentA1.id, siteTypeId: type.id, street, ...extra });
  sites = {
    lanePassed: await at("雄关街道", types.lane),
    laneFailedLater: await at("雄关街道", types.lane),
    laneUnchecked: await at("雄关街道", types.lane),
    market: await at("五一街道", types.market),
    noStreet: await at(null, types.market),
    inactive: await at("五一街道", types.market, { deletedAt: new Date() }),
  };
  const { edition, criteria } = await createEditionFromTree(db());
  const round = (name: string) => createRound(db(), { cityId: s.cityA.id, editionId: edition.id, createdById: s.actors.cityAdminA.id, name });
  const [older, newer] = [await round("第一轮"), await round("第二轮")];
  olderRoundId = older.id;
  const check = (roundRow: { id: string; cityId: string }, site: { id: string }, checkedAt: string, criterion = criteria[0]) =>
    createCheck(db(), {
      round: roundRow,
      criterionId: criterion.id,
      inspectorId: s.actors.inspectorA.id,
      departmentIds: [s.departmentA1.id],
      siteId: site.id,
      passed: true,
    }).then((row) => db().check.update({ where: { id: row.id }, data: { checkedAt: new Date(checkedAt) } }));
  const finding = (roundId: string, site: { id: string }, status: "OPEN" | "WITHDRAWN" = "OPEN") =>
    db().finding.create({
      data: {
        cityId: s.cityA.id,
        roundId,
        siteId: site.id,
        departmentId: s.departmentA1.id,
        description: "问题",
        dueDate: parseBusinessDate("2026-03-10"),
        status,
      },
    });
  // lanePassed: failed in the older round, passed in the newer one → passed.
  await check(older, sites.lanePassed, "2026-03-01T02:00:00Z");
  await finding(older.id, sites.lanePassed);
  await check(newer, sites.lanePassed, "2026-03-08T02:00:00Z");
  // laneFailedLater: passed before, a finding in the newer round → failed.
  await check(older, sites.laneFailedLater, "2026-03-01T02:00:00Z");
  await check(newer, sites.laneFailedLater, "2026-03-08T02:00:00Z");
  await finding(newer.id, sites.laneFailedLater);
  // market: a withdrawn finding does not count.
  await check(newer, sites.market, "2026-03-08T03:00:00Z");
  await finding(newer.id, sites.market, "WITHDRAWN");
  // A later 回头看 round at the failed site does not replace its result.
  const recheck = await createRound(db(), { cityId: s.cityA.id, editionId: edition.id, createdById: s.actors.cityAdminA.id, name: "回头看", kind: "RECHECK" });
  await check(recheck, sites.laneFailedLater, "2026-03-15T02:00:00Z");
  // A refused visit is no inspection.
  await createCheck(db(), {
    round: newer,
    criterionId: criteria[1].id,
    inspectorId: s.actors.inspectorA.id,
    departmentIds: [s.departmentA1.id],
    siteId: sites.noStreet.id,
    visitStatus: "REFUSED",
  });
});

describe("getStreetSummary", () => {
  it("counts active sites per street and type with each site's latest result", async () => {
    const summary = await getStreetSummary(s.actors.inspectorA);
    expect(summary.cityId).toBe(s.cityA.id);
    expect(summary.types.map((type) => type.id).sort()).toEqual([types.lane.id, types.market.id].sort());
    expect(summary.rows.map((row) => row.street)).toEqual(["五一街道", "雄关街道", null]);
    const [wuyi, xiongguan, none] = summary.rows;
    expect(xiongguan.cells[types.lane.id]).toEqual({ sites: 3, passed: 1, failed: 1, unchecked: 1 });
    expect(wuyi.cells[types.market.id]).toEqual({ sites: 1, passed: 1, failed: 0, unchecked: 0 });
    expect(none.cells[types.market.id]).toEqual({ sites: 1, passed: 0, failed: 0, unchecked: 1 });
    expect(summary.total).toEqual({ sites: 5, passed: 2, failed: 1, unchecked: 2 });
  });

  it("reads another city of the province for the supervisor by ?city=, and refuses beyond scope", async () => {
    expect((await getStreetSummary(s.actors.supervisor, { city: s.cityA.id })).total.sites).toBe(5);
    await expect(getStreetSummary(s.actors.supervisor)).rejects.toMatchObject({ status: 422 });
    await expect(getStreetSummary(s.actors.cityAdminB, { city: s.cityA.id })).rejects.toMatchObject({ status: 404 });
    expect((await getStreetSummary(s.actors.cityAdminB)).total.sites).toBe(0);
    await expect(getStreetSummary(s.actors.liaisonA1)).rejects.toMatchObject({ status: 403 });
  });

  it("gives the supervisor the results of published rounds only", async () => {
    const forSupervisor = () => getStreetSummary(s.actors.supervisor, { city: s.cityA.id });
    expect((await forSupervisor()).total).toEqual({ sites: 5, passed: 0, failed: 0, unchecked: 5 });
    // Only the older round is published: lanePassed failed in it, laneFailedLater passed.
    await insertPublicationOfRound(db(), { roundId: olderRoundId, publishedById: s.actors.cityAdminA.id, title: "第一轮通报" });
    const summary = await forSupervisor();
    expect(summary.total).toEqual({ sites: 5, passed: 1, failed: 1, unchecked: 3 });
    expect(summary.rows.find((row) => row.street === "雄关街道")!.cells[types.lane.id]).toEqual({ sites: 3, passed: 1, failed: 1, unchecked: 1 });
    // The office still sees every round's latest result.
    expect((await getStreetSummary(s.actors.cityAdminA)).total).toEqual({ sites: 5, passed: 2, failed: 1, unchecked: 2 });
  });
});

describe("getSiteOptions", () => {
  it("offers every type, the city's live departments and the streets and grids its sites use", async () => {
    const options = await getSiteOptions(s.actors.cityAdminA);
    expect(options.types.map((type) => type.id)).toEqual(expect.arrayContaining([types.lane.id, types.market.id]));
    expect(options.departments.map((department) => department.id).sort()).toEqual([s.departmentA1.id, s.departmentA2.id].sort());
    expect(options.streets).toEqual(["五一街道", "雄关街道"]);
    expect((await getSiteOptions(s.actors.supervisor)).departments).toEqual([]);
    await expect(getSiteOptions(s.actors.liaisonA1)).rejects.toMatchObject({ status: 403 });
  });
});
