import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientIp } from "./client-ip";

describe("clientIp", () => {
  it("reads only the server's own header", () => {
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "1.1.1.1" })).toBe("203.0.113.7");
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: "2001:db8::1", "x-real-ip": "1.1.1.1" }))).toBe("2001:db8::1");
  });

  it("answers one fixed address without it, never X-Forwarded-For or X-Real-IP", () => {
    expect(clientIp({ "x-forwarded-for": "1.1.1.1", "x-real-ip": "2.2.2.2" })).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1" }))).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
  });
});
