import { describe, expect, it } from "vitest";
import { periodSnapshot, provinceSnapshot, roundSnapshot } from "@/tests/support/bulletin-snapshots";
import { parseDigest, roundDigestOf, roundDigestSchema } from "./digest-schema";

const city = { id: "c1", name: "嘉峪关市", slug: "jiayuguan" };
const departments = [
  { name: "市城管局", composite: "91.0000", rank: 1 },
  { name: "市住建局", composite: "80.0000", rank: 2 },
];

/** What the database trigger stores: the snapshot without `input` and `checkSites`. */
function digestOf(snapshot: object): unknown {
  const copy: Record<string, unknown> = structuredClone({ ...snapshot });
  delete copy.input;
  delete copy.checkSites;
  return copy;
}

describe("publication digests", () => {
  it("reads a round snapshot without its input and check sites, keeping every other field", () => {
    const snapshot = { ...roundSnapshot({ city, departments }), checkSites: [{ name: "新华路", code: "S-1" }] };
    const digest = roundDigestOf(digestOf(snapshot));
    expect(digest).not.toBeNull();
    const { input, checkSites, ...rest } = snapshot;
    expect(input.checks).toHaveLength(2);
    expect(checkSites).toHaveLength(1);
    expect(digest).toEqual(rest);
    expect(digest).not.toHaveProperty("input");
  });

  it("refuses a digest still holding the calculator input (strict), or one missing a field", () => {
    const snapshot = roundSnapshot({ city, departments });
    expect(() => roundDigestSchema.parse(snapshot)).toThrow();
    const withoutLists = digestOf(snapshot) as Record<string, unknown>;
    delete withoutLists.lists;
    expect(() => parseDigest(withoutLists)).toThrow();
    expect(() => parseDigest({})).toThrow();
  });

  it("reads period and province snapshots as their own digests; roundDigestOf gives null for them", () => {
    const period = periodSnapshot({ city, departments });
    const province = provinceSnapshot({
      province: { id: "p1", name: "甘肃省", code: "GS" },
      cities: [{ ...city, score: "88.0000", rank: 1 }],
    });
    expect(parseDigest(digestOf(period))).toEqual(period);
    expect(parseDigest(digestOf(province))).toEqual(province);
    expect(roundDigestOf(digestOf(period))).toBeNull();
    expect(roundDigestOf(digestOf(province))).toBeNull();
  });
});
