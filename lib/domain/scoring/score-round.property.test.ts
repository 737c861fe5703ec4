import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCalculatorOutput } from "./calculator-output";
import type { RoundInput } from "./round-input";
import type { RubricInput } from "./rubrics";
import { scoreRound } from "./score-round";

const names = ["市城管局", "市住建局", "新华街道", "五一街道"];
const rubric: fc.Arbitrary<RubricInput> = fc.oneof(
  fc.constant({ kind: "PROPORTION" as const }),
  fc.constant({ kind: "PASS_FAIL" as const }),
  fc.record({ kind: fc.constant("DEDUCT" as const), perFinding: fc.constantFrom("0.5", "1", "2") }),
);
const criteria = fc.uniqueArray(
  fc.record({ code: fc.stringMatching(/^[0-9][0-9.]{0,3}$/), points: fc.integer({ min: 1, max: 20 }), rubric, veto: fc.boolean() }),
  {
    minLength: 1,
    maxLength: 6,
    selector: (criterion) => criterion.code,
  },
);
const round = criteria.chain((list) =>
  fc.record({
    criteria: fc.constant(list),
    checks: fc.array(
      fc
        .record({ at: fc.nat(list.length - 1), departments: fc.subarray(names, { minLength: 1 }), pass: fc.boolean(), findings: fc.nat(4) })
        .map(({ at, departments, pass, findings }) => ({
          criterion: list[at].code,
          departments,
          outcome: list[at].rubric.kind === "DEDUCT" ? { findings } : { pass },
        })),
      { maxLength: 20 },
    ),
    findings: fc.array(
      fc.record({
        department: fc.constantFrom(...names),
        due: fc.constantFrom("2026-02-20", "2026-03-10", "2026-03-31"),
        verifiedAt: fc.constantFrom(null, "2026-03-09", "2026-04-02"),
      }),
      { maxLength: 6 },
    ),
    tasks: fc.array(
      fc.record({ department: fc.constantFrom(...names), completed: fc.boolean(), lastEntryDate: fc.constantFrom(null, "2026-01-01", "2026-03-15") }),
      { maxLength: 6 },
    ),
    period: fc.constant({ start: "2026-03-01", end: "2026-03-31" }),
  }),
);

describe("round properties", () => {
  it("a criterion with no checks changes no score", () => {
    fc.assert(
      fc.property(round, rubric, fc.nat(), fc.integer({ min: 1, max: 20 }), (input: RoundInput, extraRubric, at, points) => {
        const position = at % (input.criteria.length + 1);
        const extra = { code: "unchecked-criterion", points, rubric: extraRubric, veto: true };
        const withExtra = { ...input, criteria: [...input.criteria.slice(0, position), extra, ...input.criteria.slice(position)] };
        const before = toCalculatorOutput(scoreRound(input));
        const after = toCalculatorOutput(scoreRound(withExtra));
        expect(after.criteria.splice(position, 1)).toEqual([{ code: "unchecked-criterion", assessed: false, earned: null, possible: null }]);
        expect(after).toEqual(before);
      }),
    );
  });

  it("red and black lists of a whole round never overlap", () => {
    fc.assert(
      fc.property(round, (input) => {
        const { redList, blackList } = scoreRound({ ...input, lists: { redCount: 2, blackCount: 3, blackThreshold: 90 } });
        expect(redList.filter((name) => blackList.includes(name))).toEqual([]);
      }),
    );
  });
});
