import { describe, expect, it } from "vitest";
import { correctionBody } from "./check-correction";
import { EMPTY_OUTCOME_INPUT } from "./outcome-input";

describe("a correction's body", () => {
  it("names the version read and every field, as the first check would be sent", () => {
    expect(
      correctionBody({ kind: "DEDUCT", perFinding: 1 }, 3, { visitStatus: "INSPECTED", outcome: { ...EMPTY_OUTCOME_INPUT, findings: 0 }, note: "  已清理 " }),
    ).toEqual({
      ok: true,
      body: { version: 3, visitStatus: "INSPECTED", outcome: { findings: 0 }, note: "已清理" },
    });
    // A blank note clears the saved one rather than keeping it.
    expect(correctionBody({ kind: "PASS_FAIL" }, 1, { visitStatus: "INSPECTED", outcome: { ...EMPTY_OUTCOME_INPUT, pass: true }, note: " " })).toEqual({
      ok: true,
      body: { version: 1, visitStatus: "INSPECTED", outcome: { pass: true }, note: null },
    });
  });

  it("sends no outcome for a refused visit, but needs its reason", () => {
    expect(correctionBody({ kind: "PASS_FAIL" }, 2, { visitStatus: "REFUSED", outcome: { ...EMPTY_OUTCOME_INPUT, pass: false }, note: "商户拒绝" })).toEqual({
      ok: true,
      body: { version: 2, visitStatus: "REFUSED", outcome: null, note: "商户拒绝" },
    });
    expect(correctionBody({ kind: "PASS_FAIL" }, 2, { visitStatus: "NOT_INSPECTABLE", outcome: EMPTY_OUTCOME_INPUT, note: "" })).toEqual({
      ok: false,
      errorKeys: { note: "inspect.errors.reasonRequired" },
    });
  });

  it("refuses an outcome the rubric cannot take, on the outcome", () => {
    expect(correctionBody({ kind: "GRADED" }, 1, { visitStatus: "INSPECTED", outcome: { ...EMPTY_OUTCOME_INPUT, grade: "Z" }, note: "" })).toEqual({
      ok: false,
      errorKeys: { outcome: "inspect.errors.chooseGrade" },
    });
  });
});
