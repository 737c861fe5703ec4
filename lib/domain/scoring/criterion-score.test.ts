import { describe, expect, it } from "vitest";
import { earned } from "@/tests/fixtures/scoring/build";

describe("DEDUCT: E = max(0, P − min(cap, d·n)), n over all the criterion's checks", () => {
  const rubric = { kind: "DEDUCT", perFinding: 0.5, cap: 3 } as const;

  it("zero findings earn P", () => {
    expect(earned(4, rubric, [{ findings: 0 }])).toBe("4.0000"); // 4 − min(3, 0.5·0) = 4
  });

  it("n is the total over the checks", () => {
    expect(earned(4, rubric, [{ findings: 1 }, { findings: 2 }])).toBe("2.5000"); // n = 3: 4 − min(3, 1.5) = 2.5
  });

  it("the cap limits the deduction", () => {
    expect(earned(4, rubric, [{ findings: 7 }])).toBe("1.0000"); // 4 − min(3, 3.5) = 1
  });

  it("without a cap the cap is P, so E never goes below 0", () => {
    expect(earned(2, { kind: "DEDUCT", perFinding: 0.5 }, [{ findings: 5 }])).toBe("0.0000"); // 2 − min(2, 2.5) = 0
  });

  it("a cap above P acts as P", () => {
    expect(earned(2, { kind: "DEDUCT", perFinding: 1, cap: 10 }, [{ findings: 3 }])).toBe("0.0000"); // 2 − min(2, 3) = 0
    expect(earned(2, { kind: "DEDUCT", perFinding: 1, cap: 10 }, [{ findings: 1 }])).toBe("1.0000"); // 2 − min(2, 1) = 1
  });

  it("cap 0 never deducts", () => {
    expect(earned(2, { kind: "DEDUCT", perFinding: 1, cap: 0 }, [{ findings: 9 }])).toBe("2.0000");
  });
});

describe("PROPORTION: E = P · passed / checked", () => {
  it("3 of 4 passed", () => {
    expect(earned(5, { kind: "PROPORTION" }, [{ pass: true }, { pass: true }, { pass: false }, { pass: true }])).toBe("3.7500"); // 5·3/4
  });

  it("1 of 3 passed stays exact until exported", () => {
    expect(earned(5, { kind: "PROPORTION" }, [{ pass: true }, { pass: false }, { pass: false }])).toBe("1.6667"); // 5/3 = 1.66666…
  });
});

describe("PASS_FAIL: E = P if every check passed, else 0", () => {
  it("all passed", () => expect(earned(3, { kind: "PASS_FAIL" }, [{ pass: true }, { pass: true }])).toBe("3.0000"));
  it("one failed", () => expect(earned(3, { kind: "PASS_FAIL" }, [{ pass: true }, { pass: false }])).toBe("0.0000"));
});

describe("GRADED: E = P · mean of the grades' fractions", () => {
  it("default map: A, B, C", () => {
    expect(earned(10, { kind: "GRADED" }, [{ grade: "A" }, { grade: "B" }, { grade: "C" }])).toBe("8.0000"); // 10·(1 + 0.8 + 0.6)/3 = 8
  });

  it("default map: D earns 0", () => expect(earned(10, { kind: "GRADED" }, [{ grade: "D" }])).toBe("0.0000"));

  it("a given map replaces the default", () => {
    const grades = { A: 1, B: 0.7, C: 0.4, D: 0 };
    expect(earned(4, { kind: "GRADED", grades }, [{ grade: "B" }])).toBe("2.8000"); // 4·0.7
    expect(earned(6, { kind: "GRADED", grades: { 优: 1, 良: "0.75" } }, [{ grade: "良" }, { grade: "优" }])).toBe("5.2500"); // 6·(0.75+1)/2
  });
});

describe("THRESHOLD: v is the mean of the values, taken before the rule", () => {
  const atLeast = { kind: "THRESHOLD", target: 13, direction: "AT_LEAST" } as const;
  const atMost = { kind: "THRESHOLD", target: 2, direction: "AT_MOST" } as const;

  it("AT_LEAST: E = P · min(1, v/t)", () => {
    expect(earned(4, atLeast, [{ value: 10 }, { value: 12 }])).toBe("3.3846"); // v = 11: 4·11/13 = 44/13 = 3.384615…
    expect(earned(4, atLeast, [{ value: 20 }])).toBe("4.0000"); // min(1, 20/13) = 1
    expect(earned(4, atLeast, [{ value: 13 }])).toBe("4.0000");
  });

  it("AT_LEAST with v = 0 earns 0", () => expect(earned(4, atLeast, [{ value: 0 }])).toBe("0.0000"));

  it("AT_MOST: E = P if v ≤ t, else P · t/v", () => {
    expect(earned(4, atMost, [{ value: 2 }])).toBe("4.0000");
    expect(earned(4, atMost, [{ value: 5 }])).toBe("1.6000"); // 4·2/5
    // mean first: v = (1 + 5)/2 = 3 → 4·2/3 = 2.6667 (per check it would be (4 + 1.6)/2 = 2.8)
    expect(earned(4, atMost, [{ value: 1 }, { value: 5 }])).toBe("2.6667");
  });

  it("AT_MOST with v = 0 earns P", () => expect(earned(4, atMost, [{ value: 0 }])).toBe("4.0000"));

  it("values may be decimal strings", () => {
    expect(earned(2, { kind: "THRESHOLD", target: "95", direction: "AT_LEAST" }, [{ value: "90" }, { value: "97" }])).toBe("1.9684"); // 2·93.5/95 = 187/95
  });
});

describe("a criterion with no check is not assessed", () => {
  it.each([
    [{ kind: "DEDUCT", perFinding: 1 }],
    [{ kind: "PROPORTION" }],
    [{ kind: "PASS_FAIL" }],
    [{ kind: "GRADED" }],
    [{ kind: "THRESHOLD", target: 1, direction: "AT_MOST" }],
  ] as const)("%j → null, never 0", (rubric) => {
    expect(earned(5, rubric, [])).toBeNull();
  });
});
