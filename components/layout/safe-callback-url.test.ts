import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a same-site path with its query", () => {
    expect(safeCallbackUrl("/departments?q=城管")).toBe("/departments?q=城管");
    expect(safeCallbackUrl(["/users", "/audit"])).toBe("/users");
  });

  it("falls back for anything that could leave the site or loop", () => {
    for (const value of [undefined, "", "https://evil.example", "//evil.example", "/\\evil.example", "/login", "/api/auth/signout"]) {
      expect(safeCallbackUrl(value)).toBe("/dashboard");
    }
  });
});
