import { describe, expect, it } from "vitest";
import { formatRubricParams, parseRubricParamsText, validateRubricParams } from "./rubric-params";

const ok = (params: Record<string, unknown>) => ({ ok: true, params });
const failing = (...messages: RegExp[]) => ({ ok: false, messages: messages.map((m) => expect.stringMatching(m)) });

describe("parseRubricParamsText", () => {
  it("reads the syntax of each kind, with ; , ； ， or line breaks between pairs", () => {
    expect(parseRubricParamsText("DEDUCT", "perFinding=0.5; cap=4")).toEqual(ok({ perFinding: 0.5, cap: 4 }));
    expect(parseRubricParamsText("DEDUCT", " perFinding = 0.2 ；cap＝1.5 ")).toEqual(ok({ perFinding: 0.2, cap: 1.5 }));
    expect(parseRubricParamsText("DEDUCT", "perFinding=1")).toEqual(ok({ perFinding: 1 }));
    expect(parseRubricParamsText("GRADED", "A=1, B=0.7, C=0.4, D=0")).toEqual(ok({ grades: { A: 1, B: 0.7, C: 0.4, D: 0 } }));
    expect(parseRubricParamsText("GRADED", "优=1，良=0.75\n差=0")).toEqual(ok({ grades: { 优: 1, 良: 0.75, 差: 0 } }));
    expect(parseRubricParamsText("THRESHOLD", "target=13; direction=AT_LEAST")).toEqual(ok({ target: 13, direction: "AT_LEAST" }));
    expect(parseRubricParamsText("THRESHOLD", "target=55, direction=at_most, unit=dB")).toEqual(ok({ target: 55, direction: "AT_MOST", unit: "dB" }));
    expect(parseRubricParamsText("THRESHOLD", "target=95; direction=AT_LEAST; unit=%")).toEqual(ok({ target: 95, direction: "AT_LEAST", unit: "%" }));
  });

  it("takes blank as none or the defaults", () => {
    expect(parseRubricParamsText("PROPORTION", "")).toEqual(ok({}));
    expect(parseRubricParamsText("PASS_FAIL", "  ")).toEqual(ok({}));
    expect(parseRubricParamsText("GRADED", "")).toEqual(ok({}));
  });

  it("reports missing parameters and parameters that do not fit the kind", () => {
    expect(parseRubricParamsText("DEDUCT", "")).toEqual(failing(/须填写每处扣分 perFinding/));
    expect(parseRubricParamsText("DEDUCT", "perFinding=0; cap=-1")).toEqual(failing(/perFinding（每处扣分）须为大于 0/, /cap（扣分上限）须为不小于 0/));
    expect(parseRubricParamsText("DEDUCT", "perFinding=半分")).toEqual(failing(/perFinding（每处扣分）须为大于 0/));
    expect(parseRubricParamsText("PROPORTION", "cap=3")).toEqual(failing(/按比例不需要规则参数，请留空（收到：cap）/));
    expect(parseRubricParamsText("DEDUCT", "perFinding=1; target=3")).toEqual(failing(/扣分制不接受参数“target”，可用参数：perFinding、cap/));
    expect(parseRubricParamsText("GRADED", "A=1.2, B=-0.1")).toEqual(failing(/档位“A”的得分比例须为 0 到 1/, /档位“B”/));
    expect(parseRubricParamsText("THRESHOLD", "")).toEqual(failing(/须填写目标值 target 和方向 direction/));
    expect(parseRubricParamsText("THRESHOLD", "target=13")).toEqual(failing(/须填写方向 direction/));
    expect(parseRubricParamsText("THRESHOLD", "target=0; direction=UP")).toEqual(failing(/target（目标值）须为大于 0/, /direction 须为 AT_LEAST/));
  });

  it("reports text it cannot read", () => {
    expect(parseRubricParamsText("DEDUCT", "每处0.5分")).toEqual(failing(/无法识别“每处0.5分”/));
    expect(parseRubricParamsText("DEDUCT", "perFinding=1; perFinding=2")).toEqual(failing(/参数“perFinding”重复/));
    expect(parseRubricParamsText("DEDUCT", "perFinding=0.1000000000000000055511")).toEqual(failing(/perFinding/));
  });
});

describe("validateRubricParams (YAML and JSON maps)", () => {
  it("accepts numbers and numeric text, and keeps a fixed key order", () => {
    expect(validateRubricParams("DEDUCT", { cap: "3", perFinding: 1 })).toEqual(ok({ perFinding: 1, cap: 3 }));
    expect(Object.keys((validateRubricParams("THRESHOLD", { unit: "%", direction: "AT_MOST", target: 5 }) as { params: object }).params)).toEqual([
      "target",
      "direction",
      "unit",
    ]);
  });

  it("refuses an empty grade map and a grade map that is not a map", () => {
    expect(validateRubricParams("GRADED", { grades: {} })).toEqual(failing(/至少要有一个档位/));
    expect(validateRubricParams("GRADED", { grades: [1, 0.5] })).toEqual(failing(/档位=比例/));
  });
});

describe("formatRubricParams", () => {
  it("writes the text syntax, grades from best to worst, and reads back the same", () => {
    const cases = [
      ["DEDUCT", { perFinding: 0.5, cap: 4 }, "perFinding=0.5; cap=4"],
      ["DEDUCT", { perFinding: 0.25 }, "perFinding=0.25"],
      ["GRADED", { grades: { D: 0, B: 0.7, A: 1, C: 0.4 } }, "A=1, B=0.7, C=0.4, D=0"],
      ["GRADED", {}, ""],
      ["THRESHOLD", { target: 13, direction: "AT_LEAST", unit: "%" }, "target=13; direction=AT_LEAST; unit=%"],
      ["THRESHOLD", { target: 0.0000001, direction: "AT_MOST" }, "target=0.0000001; direction=AT_MOST"],
      ["PROPORTION", {}, ""],
    ] as const;
    for (const [kind, params, text] of cases) {
      expect(formatRubricParams(kind, params)).toBe(text);
      expect(parseRubricParamsText(kind, text)).toEqual(ok(params));
    }
  });
});
