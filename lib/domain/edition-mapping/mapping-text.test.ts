import { describe, expect, it } from "vitest";
import { formatMappingText, parseMappingText } from "./mapping-text";

describe("the mapping table as text", () => {
  it("reads Chinese or code kinds, tabs or commas, and empty cells as none", () => {
    const text = "一对一, A1, B1\nSPLIT\tA2\tB2\n删除，A3，\n\n新增,,B5";
    expect(parseMappingText(text)).toEqual({
      rows: [
        { kind: "ONE_TO_ONE", from: "A1", to: "B1" },
        { kind: "SPLIT", from: "A2", to: "B2" },
        { kind: "REMOVED", from: "A3", to: null },
        { kind: "NEW", from: null, to: "B5" },
      ],
      problems: [],
    });
  });

  it("reports a line whose kind it cannot read, by its line number among the non-empty lines", () => {
    const { problems } = parseMappingText("一对一, A1, B1\n改名, A2, B2");
    expect(problems).toEqual([{ row: 2, field: "kind", message: expect.stringContaining("改名") }]);
  });

  it("writes what it reads", () => {
    const text = "一对一, A1, B1\n删除, A3, \n新增, , B5";
    expect(formatMappingText(parseMappingText(text).rows)).toBe(text);
  });
});
