import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "./fraction";
import { redBlackLists } from "./lists";
import { rankDepartments } from "./ranking";

const composite = fc.option(
  fc.integer({ min: 7000, max: 10000 }).map((n) => Fraction.of(n, 100)),
  { nil: null, freq: 6 },
);
const departments = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 15 })
  .chain((names) =>
    fc.tuple(...names.map((name) => fc.record({ composite, overdueOpen: fc.nat(3) }).map((fields) => ({ name, inspectionScore: null, ...fields })))),
  );
const settings = fc.record({ redCount: fc.nat(8), blackCount: fc.nat(8), blackThreshold: fc.integer({ min: 0, max: 100 }).map((n) => Fraction.of(n)) });

describe("list properties", () => {
  it("red and black never overlap; both hold ranked departments only, in list order", () => {
    fc.assert(
      fc.property(departments, settings, (entries, listSettings) => {
        const ranked = rankDepartments(entries);
        const { redList, blackList } = redBlackLists(ranked, listSettings);
        expect(redList.filter((name) => blackList.includes(name))).toEqual([]);
        const order = ranked.filter((entry) => entry.rank !== null).map((entry) => entry.name);
        for (const list of [redList, blackList]) expect(list).toEqual(order.filter((name) => list.includes(name)));
        expect(redList.length).toBe(Math.min(listSettings.redCount, order.length));
      }),
    );
  });
});
