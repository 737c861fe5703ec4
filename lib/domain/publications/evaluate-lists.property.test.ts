import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RoundInput } from "@/lib/domain/scoring/round-input";
import { scoreRound } from "@/lib/domain/scoring/score-round";
import { evaluateLists } from "./evaluate-lists";

const names = ["市城管局", "市住建局", "新华街道", "五一街道", "市水务局"];
const criteria = [
  { code: "1.1", points: 10, rubric: { kind: "PROPORTION" as const } },
  { code: "1.2", points: 5, rubric: { kind: "DEDUCT" as const, perFinding: "1" } },
  { code: "2.1", points: 3, rubric: { kind: "PASS_FAIL" as const } },
];
const round: fc.Arbitrary<RoundInput> = fc.record({
  criteria: fc.constant(criteria),
  checks: fc.array(
    fc
      .record({ at: fc.nat(criteria.length - 1), departments: fc.subarray(names, { minLength: 1 }), pass: fc.boolean(), findings: fc.nat(6) })
      .map(({ at, departments, pass, findings }) => ({
        criterion: criteria[at].code,
        departments,
        outcome: criteria[at].rubric.kind === "DEDUCT" ? { findings } : { pass },
      })),
    { maxLength: 25 },
  ),
  findings: fc.array(
    fc.record({
      department: fc.constantFrom(...names),
      due: fc.constantFrom("2026-02-20", "2026-03-10", "2026-03-31"),
      verifiedAt: fc.constantFrom(null, "2026-03-09", "2026-04-02"),
    }),
    { maxLength: 8 },
  ),
  tasks: fc.array(fc.record({ department: fc.constantFrom(...names), completed: fc.boolean(), lastEntryDate: fc.constantFrom(null, "2026-03-15") }), {
    maxLength: 6,
  }),
  period: fc.constant({ start: "2026-03-01", end: "2026-03-31" }),
  lists: fc.record({ redCount: fc.nat(4), blackCount: fc.nat(4), blackThreshold: fc.integer({ min: 0, max: 100 }).map(String) }),
});

describe("evaluateLists properties", () => {
  it("the default list (all departments, composite, the input's counts) is the engine's ranking, red and black lists", () => {
    fc.assert(
      fc.property(round, fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }), (input, bureau) => {
        const scores = scoreRound(input);
        const departments = scores.departments.map((scorecard) => ({
          ...scorecard,
          kind: bureau[names.indexOf(scorecard.name)] ? ("BUREAU" as const) : ("STREET_OFFICE" as const),
        }));
        const { redCount, blackCount, blackThreshold } = input.lists as { redCount: number; blackCount: number; blackThreshold: string };
        const [list] = evaluateLists(
          [{ id: "default", name: "综合红黑榜", isDefault: true, metric: "COMPOSITE", members: { kind: "ALL" }, redCount, blackCount, blackThreshold }],
          departments,
          null,
        );
        expect(list.ranking.map(({ department, rank }) => ({ department, rank }))).toEqual(
          scores.departments.map(({ name, rank }) => ({ department: name, rank })),
        );
        expect(list.redList).toEqual(scores.redList);
        expect(list.blackList.map((entry) => entry.department)).toEqual(scores.blackList);
        expect(list.blackList.every((entry) => entry.level === 1)).toBe(true);
      }),
    );
  });

  it("a list's ranking holds exactly its members, each list independent of the others", () => {
    fc.assert(
      fc.property(round, fc.subarray(names), (input, chosen) => {
        const departments = scoreRound(input).departments.map((scorecard) => ({ ...scorecard, kind: "BUREAU" as const }));
        const [list] = evaluateLists(
          [
            {
              id: "c",
              name: "c",
              isDefault: false,
              metric: "INSPECTION",
              members: { kind: "CHOSEN", departments: chosen },
              redCount: 2,
              blackCount: 2,
              blackThreshold: "85",
            },
          ],
          departments,
          null,
        );
        expect(list.ranking.map((entry) => entry.department).sort()).toEqual(
          departments
            .map((d) => d.name)
            .filter((name) => chosen.includes(name))
            .sort(),
        );
        for (const name of [...list.redList, ...list.blackList.map((entry) => entry.department)]) expect(chosen).toContain(name);
      }),
    );
  });
});
