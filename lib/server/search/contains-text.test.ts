import { describe, expect, it } from "vitest";
import { containsText, escapeLikePattern } from "./contains-text";

describe("containsText", () => {
  it("escapes the LIKE wildcards and the escape character, and leaves other text alone", () => {
    expect(escapeLikePattern("100%")).toBe("100\\%");
    expect(escapeLikePattern("a_b")).toBe("a\\_b");
    expect(escapeLikePattern("C:\\路径")).toBe("C:\\\\路径");
    expect(escapeLikePattern(`' OR 1=1 --"; DROP TABLE "User"; --`)).toBe(`' OR 1=1 --"; DROP TABLE "User"; --`);
    expect(containsText("%_")).toEqual({ contains: "\\%\\_", mode: "insensitive" });
  });
});
