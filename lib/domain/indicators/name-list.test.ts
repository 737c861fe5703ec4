import { describe, expect, it } from "vitest";
import { hasNameSeparator, joinNames, splitNames } from "./name-list";

describe("name lists", () => {
  it("split on 、 , ， (and ; or line breaks), trimmed, without blanks or repeats", () => {
    expect(splitNames("主次干道、背街小巷")).toEqual(["主次干道", "背街小巷"]);
    expect(splitNames("主次干道, 背街小巷，公园")).toEqual(["主次干道", "背街小巷", "公园"]);
    expect(splitNames("小区；公园\n医院、、小区")).toEqual(["小区", "公园", "医院"]);
    expect(splitNames("")).toEqual([]);
    expect(splitNames([" 小区", "小区", ""])).toEqual(["小区"]);
  });

  it("join with 、 and read back the same", () => {
    const names = ["市公安局", "各街道办事处"];
    expect(joinNames(names)).toBe("市公安局、各街道办事处");
    expect(splitNames(joinNames(names))).toEqual(names);
    expect(hasNameSeparator("市城管局")).toBe(false);
    expect(hasNameSeparator("市城管局,市住建局")).toBe(true);
  });
});
