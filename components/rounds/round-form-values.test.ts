import { describe, expect, it } from "vitest";
import { roundFormInput } from "./round-form-values";

const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};
const base: Array<[string, string]> = [
  ["name", " 周督查 "],
  ["kind", "WEEKLY"],
  ["periodStart", "2026-11-23"],
  ["periodEnd", "2026-11-29"],
];

describe("the 新建督查 form's input", () => {
  it("sends a draw with its non-zero per-type counts, streets, inspectors and desk criteria", () => {
    const input = roundFormInput(
      form([
        ...base,
        ["siteChoice", "draw"],
        ["seed", "w48"],
        ["perType.小区", "3"],
        ["perType.公园", "0"],
        ["perType.集贸市场", ""],
        ["streets", "新华街道"],
        ["inspectorIds", "u1"],
        ["criterionCodes", "C01-01-1"],
      ]),
      ["小区", "公园", "集贸市场"],
    );
    expect(input).toEqual({
      name: "周督查",
      kind: "WEEKLY",
      periodStart: "2026-11-23",
      periodEnd: "2026-11-29",
      sample: { seed: "w48", perType: { 小区: 3 }, streets: ["新华街道"] },
      inspectorIds: ["u1"],
      criterionCodes: ["C01-01-1"],
    });
  });

  it("sends the ticked sites when they are chosen by hand", () => {
    const input = roundFormInput(form([...base, ["siteChoice", "hand"], ["siteIds", "s1"], ["siteIds", "s2"], ["seed", "ignored"]]), ["小区"]);
    expect(input).toMatchObject({ siteIds: ["s1", "s2"] });
    expect(input).not.toHaveProperty("sample");
  });

  it("sends a 回头看 round's seed and count only", () => {
    const input = roundFormInput(form([...base.filter(([name]) => name !== "kind"), ["kind", "RECHECK"], ["seed", "r1"], ["count", "8"], ["siteIds", "s1"]]), [
      "小区",
    ]);
    expect(input).toEqual({ name: "周督查", kind: "RECHECK", periodStart: "2026-11-23", periodEnd: "2026-11-29", sample: { seed: "r1", count: 8 } });
  });
});
