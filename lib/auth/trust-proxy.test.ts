import { describe, expect, it } from "vitest";
import { isTrustedProxy, parseTrustProxy } from "./trust-proxy";

describe("parseTrustProxy", () => {
  it("trusts nobody by default", () => {
    for (const value of [undefined, "", "  ", "0"]) expect(parseTrustProxy(value)).toEqual({ kind: "none" });
    expect(isTrustedProxy("127.0.0.1", parseTrustProxy(undefined))).toBe(false);
  });

  it("reads a hop count", () => {
    expect(parseTrustProxy("2")).toEqual({ kind: "hops", hops: 2 });
  });

  it("reads IPv4 and IPv6 CIDRs and bare addresses", () => {
    const trust = parseTrustProxy("10.0.0.0/8, ::1/128,fd00::/8, 192.168.1.1, ::ffff:172.16.0.0/108");
    for (const address of ["10.255.0.1", "::1", "fd12::1", "192.168.1.1", "172.16.5.5"]) expect(isTrustedProxy(address, trust)).toBe(true);
    for (const address of ["11.0.0.1", "::2", "fe80::1", "192.168.1.2", "172.32.0.1"]) expect(isTrustedProxy(address, trust)).toBe(false);
  });

  it("refuses what it cannot read, naming the part", () => {
    for (const value of ["true", "10.0.0.0/33", "::/129", "10.0.0.0/8/1", "proxy.local", "10.0.0.0/x", "1.5", "10.0.0.0/8,"]) {
      expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY/);
    }
  });
});
