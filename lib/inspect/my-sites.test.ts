import { describe, expect, it } from "vitest";
import type { RoundDetail, RoundSite } from "./api-types";
import { isSiteDone, mySites } from "./my-sites";

const site = (id: string, inspector: string | null, done = 0, expected = 5): RoundSite => ({
  site: { id, code: id.toUpperCase(), name: `点位${id}`, street: null, grid: null, address: null, siteType: { id: "t", name: "集贸市场" } },
  inspector: inspector ? { id: inspector, name: inspector } : null,
  progress: { done, expected },
});

describe("my sites in a round", () => {
  it("are the sites assigned to me and those assigned to nobody", () => {
    const round = { sites: [site("a", "me"), site("b", "other"), site("c", null)] } as RoundDetail;
    expect(mySites(round, "me").map((entry) => entry.site.id)).toEqual(["a", "c"]);
  });

  it("are done when every expected check is in", () => {
    expect(isSiteDone(site("a", null, 5, 5))).toBe(true);
    expect(isSiteDone(site("a", null, 4, 5))).toBe(false);
    expect(isSiteDone(site("a", null, 0, 0))).toBe(false);
  });
});
