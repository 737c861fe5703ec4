import { describe, expect, it } from "vitest";
import { sealClientAddress } from "./client-address-seal";
import { CLIENT_ADDRESS_HEADER, clientIp } from "./client-ip";

describe("clientIp", () => {
  it("reads only the server's own header, sealed by this process's launcher", () => {
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: sealClientAddress("203.0.113.7"), "x-forwarded-for": "1.1.1.1" })).toBe("203.0.113.7");
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: sealClientAddress("2001:db8::1"), "x-real-ip": "1.1.1.1" }))).toBe("2001:db8::1");
  });

  it("never believes a copy of the header the client wrote itself (as under `next start`)", () => {
    const sealed = sealClientAddress("203.0.113.7");
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" })).toBe("unknown");
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7 0123456789abcdef0123456789abcdef" })).toBe("unknown");
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: `${sealed}x` })).toBe("unknown");
  });

  it("answers one fixed address without it, never X-Forwarded-For or X-Real-IP", () => {
    expect(clientIp({ "x-forwarded-for": "1.1.1.1", "x-real-ip": "2.2.2.2" })).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1" }))).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
  });
});
