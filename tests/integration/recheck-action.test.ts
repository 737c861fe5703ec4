import { beforeAll, describe, expect, it, vi } from "vitest";
import { recordRecheckAction } from "@/lib/actions/rechecks";
import { db } from "@/lib/db";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createCheckFinding, createRecheckRound } from "./findings-world";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
  const { getSessionActor } = await import("@/lib/auth/current-actor");
  vi.mocked(getSessionActor).mockResolvedValue(s.actors.cityAdminA);
});

async function recheckWorld() {
  const { finding } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
  const round = await createRecheckRound(db(), s.cityA.id, [finding.id]);
  return { roundId: round.id, findingId: finding.id };
}
const itemOf = ({ roundId, findingId }: { roundId: string; findingId: string }) =>
  db().recheckItem.findUniqueOrThrow({ where: { roundId_findingId: { roundId, findingId } }, include: { finding: true } });

describe("the round page's 回头看 action", () => {
  it("records 未整改到位 with its 说明 and reopens the finding as 虚假整改", async () => {
    const ids = await recheckWorld();
    const result = await recordRecheckAction({ ...ids, result: "NOT_FIXED", note: "  垃圾仍未清理  " });
    expect(result).toMatchObject({
      ok: true,
      data: { result: "NOT_FIXED", note: "垃圾仍未清理", finding: { status: "DISPATCHED", falseRectification: true } },
    });
    const item = await itemOf(ids);
    expect([item.result, item.note]).toEqual(["NOT_FIXED", "垃圾仍未清理"]);
    expect([item.finding.status, item.finding.falseRectification, item.finding.verifiedOn]).toEqual(["DISPATCHED", true, null]);
  });

  it("refuses 未整改到位 without a 说明, naming the field, and records nothing", async () => {
    const ids = await recheckWorld();
    for (const note of [undefined, "", "   "]) {
      const result = await recordRecheckAction({ ...ids, result: "NOT_FIXED", note });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION_FAILED", fieldErrors: { note: ["请说明未整改到位的情况"] } });
    }
    const item = await itemOf(ids);
    expect(item.result).toBeNull();
    expect([item.finding.status, item.finding.falseRectification]).toEqual(["VERIFIED", false]);
  });

  it("records 已整改到位 without a note, and a second result is refused", async () => {
    const ids = await recheckWorld();
    expect(await recordRecheckAction({ ...ids, result: "CONFIRMED" })).toMatchObject({ ok: true, data: { result: "CONFIRMED", note: null } });
    expect(await recordRecheckAction({ ...ids, result: "NOT_FIXED", note: "反弹" })).toMatchObject({ ok: false, code: "INVALID_STATE" });
    expect((await itemOf(ids)).finding.status).toBe("VERIFIED");
  });
});
