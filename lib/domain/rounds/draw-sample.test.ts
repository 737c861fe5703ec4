import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawFindings, drawKey, drawSample, type SampleSite } from "./draw-sample";

const TYPES = ["集贸市场", "背街小巷", "公交站点", "学校周边"];
const STREETS = ["东街道", "西街道", "南街道"];

const siteArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  siteTypeName: fc.constantFrom(...TYPES),
  street: fc.option(fc.constantFrom(...STREETS), { nil: null }),
  active: fc.boolean(),
});
const sitesArb = fc.uniqueArray(siteArb, { selector: (site) => site.id, maxLength: 60 });
const specArb = fc.record({
  seed: fc.string({ maxLength: 16 }),
  perType: fc.dictionary(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 6 })),
  streets: fc.option(fc.subarray(STREETS, { minLength: 1 }), { nil: undefined }),
});
const eligibleArb = fc.subarray(TYPES).map((names) => new Set(names));

describe("drawSample", () => {
  it("draws the same sites for the same seed, whatever the order of the sites", () => {
    fc.assert(
      fc.property(specArb, sitesArb, eligibleArb, fc.nat(), (spec, sites, eligible, shift) => {
        const rotated = [...sites.slice(shift % (sites.length || 1)), ...sites.slice(0, shift % (sites.length || 1))].reverse();
        expect(drawSample(spec, rotated, eligible)).toEqual(drawSample(spec, sites, eligible));
      }),
    );
  });

  it("takes at most n per type, only active sites of eligible types in the named streets", () => {
    fc.assert(
      fc.property(specArb, sitesArb, eligibleArb, (spec, sites, eligible) => {
        const drawn = drawSample(spec, sites, eligible);
        const byId = new Map(sites.map((site) => [site.id, site]));
        expect(new Set(drawn).size).toBe(drawn.length);
        for (const id of drawn) {
          const site = byId.get(id)!;
          expect(site.active).toBe(true);
          expect(eligible.has(site.siteTypeName)).toBe(true);
          if (spec.streets) expect(spec.streets).toContain(site.street);
        }
        for (const [typeName, n] of Object.entries(spec.perType)) {
          const ofType = drawn.filter((id) => byId.get(id)!.siteTypeName === typeName);
          expect(ofType.length).toBeLessThanOrEqual(n);
          const available = sites.filter(
            (site) => site.active && site.siteTypeName === typeName && eligible.has(typeName) && (!spec.streets || spec.streets.includes(site.street!)),
          ).length;
          expect(ofType.length).toBe(Math.min(n, available));
        }
      }),
    );
  });

  it("takes the sites with the smallest sha256(seed:id), which anyone can recompute", () => {
    const sites: SampleSite[] = ["a", "b", "c", "d", "e"].map((id) => ({ id, siteTypeName: "集贸市场", street: null, active: true }));
    const expected = [...sites.map((site) => site.id)].sort((x, y) => (drawKey("s1", x) < drawKey("s1", y) ? -1 : 1)).slice(0, 2);
    expect(drawSample({ seed: "s1", perType: { 集贸市场: 2 } }, sites, new Set(["集贸市场"]))).toEqual(expected);
    expect(drawKey("s1", "a")).toBe("e34d1fb77f49bbb61fc021a215de81cfc20d1bc08b902d51638e62ddd44e50eb"); // printf 's1:a' | sha256sum
  });
});

describe("drawFindings", () => {
  it("draws count findings, the same for the same seed in any order", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat({ max: 10 }), fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 30 }), (seed, count, ids) => {
        const drawn = drawFindings(seed, count, ids);
        expect(drawn).toEqual(drawFindings(seed, count, [...ids].reverse()));
        expect(drawn.length).toBe(Math.min(count, ids.length));
      }),
    );
  });
});
