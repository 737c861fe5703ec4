import { describe, expect, it } from "vitest";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "./password";

const costsOf = (encoded: string) => encoded.split("$").slice(1, 4).join("$");

describe("the dummy hash sign-in verifies when there is no account", () => {
  it("costs the same as a real password hash", async () => {
    expect(costsOf(DUMMY_PASSWORD_HASH)).toBe(costsOf(await hashPassword("Some-password-1")));
    expect(costsOf(DUMMY_PASSWORD_HASH)).toBe("argon2id$v=19$m=19456,t=2,p=1");
  });

  it("is a real hash that an empty or guessed password does not match", async () => {
    for (const guess of ["", "password", "Demo@2026"]) expect(await verifyPassword(DUMMY_PASSWORD_HASH, guess)).toBe(false);
  });
});
