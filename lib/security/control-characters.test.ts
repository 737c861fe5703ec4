import { describe, expect, it } from "vitest";
import { hasControlCharacters } from "@/lib/validation/primitives";
import { urlHasControlCharacters } from "./control-characters";

describe("control characters", () => {
  it("are C0, DEL and C1 characters and nothing else (the shared primitive)", () => {
    for (const c of ["\u0000", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u009f"]) expect(hasControlCharacters(`a${c}b`)).toBe(true);
    for (const text of ["", "普通文本", "a b", "é", "\u00a0", "😀"]) expect(hasControlCharacters(text)).toBe(false);
  });

  it("looks at decoded query names and values and the decoded path", () => {
    expect(urlHasControlCharacters(new URL("http://x/tasks?q=%00"))).toBe(true);
    expect(urlHasControlCharacters(new URL("http://x/tasks?%1b=1"))).toBe(true);
    expect(urlHasControlCharacters(new URL("http://x/tasks?q=%C2%85"))).toBe(true);
    expect(urlHasControlCharacters(new URL("http://x/tasks/%00"))).toBe(true);
    expect(urlHasControlCharacters(new URL("http://x/tasks?q=%E6%96%87%E6%98%8E&page=2"))).toBe(false);
    expect(urlHasControlCharacters(new URL("http://x/tasks/%E0%A4%A"))).toBe(false);
  });
});
