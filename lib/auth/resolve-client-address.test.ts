import { describe, expect, it } from "vitest";
import { ipv6Groups, normaliseAddress } from "./client-address";
import { resolveClientAddress, UNKNOWN_ADDRESS } from "./resolve-client-address";
import { parseTrustProxy, TRUST_NONE } from "./trust-proxy";

const resolve = (socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust = TRUST_NONE) =>
  resolveClientAddress({ socketAddress, forwardedFor }, trust);

describe("normaliseAddress", () => {
  it("drops ports and brackets, unmaps IPv4-mapped IPv6, lower-cases IPv6", () => {
    expect(normaliseAddress(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(normaliseAddress("203.0.113.7:8443")).toBe("203.0.113.7");
    expect(normaliseAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("::FFFF:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("[::1]")).toBe("::1");
  });

  it("refuses what is not an address", () => {
    for (const bad of ["", "unknown", "300.1.1.1", "1.2.3", "2001:db8::g", "<script>", "1.2.3.4, 5.6.7.8", undefined, null])
      expect(normaliseAddress(bad)).toBeNull();
  });

  it("spells out IPv6 groups", () => {
    expect(ipv6Groups("2001:db8::1")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups("::")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(ipv6Groups("64:ff9b::192.0.2.33")).toEqual([0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x221]);
    expect(ipv6Groups("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe("resolveClientAddress", () => {
  it("without trusted proxies is the socket's address whatever X-Forwarded-For says", () => {
    expect(resolve("198.51.100.9", "203.0.113.7")).toBe("198.51.100.9");
    expect(resolve("198.51.100.9", ["1.1.1.1", "2.2.2.2"])).toBe("198.51.100.9");
    expect(resolve("::ffff:198.51.100.9", undefined)).toBe("198.51.100.9");
    expect(resolve("2001:DB8::5", "10.0.0.1")).toBe("2001:db8::5");
    expect(resolve(undefined, "203.0.113.7")).toBe(UNKNOWN_ADDRESS);
  });

  it("with a hop count skips that many proxies from the right, the socket's peer first", () => {
    const one = parseTrustProxy("1");
    expect(resolve("10.0.0.2", "6.6.6.6, 203.0.113.7", one)).toBe("203.0.113.7");
    expect(resolve("10.0.0.2", ["6.6.6.6", "203.0.113.7"], one)).toBe("203.0.113.7");
    expect(resolve("10.0.0.2", undefined, one)).toBe("10.0.0.2");
    const two = parseTrustProxy("2");
    expect(resolve("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1", two)).toBe("203.0.113.7");
    // Fewer hops than trusted: the farthest one there is.
    expect(resolve("10.0.0.2", "203.0.113.7", parseTrustProxy("5"))).toBe("203.0.113.7");
  });

  it("with CIDRs walks left from the socket while the hop is trusted", () => {
    const trust = parseTrustProxy("10.0.0.0/8, 192.168.1.1");
    expect(resolve("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.9.9.9", trust)).toBe("203.0.113.7");
    expect(resolve("10.0.0.2", "6.6.6.6, 192.168.1.1", trust)).toBe("6.6.6.6");
    // An untrusted peer is the client, whatever it forwards.
    expect(resolve("198.51.100.9", "203.0.113.7", trust)).toBe("198.51.100.9");
    // Every hop trusted: the leftmost.
    expect(resolve("10.0.0.2", "10.1.1.1", trust)).toBe("10.1.1.1");
  });

  it("handles IPv6 proxies and clients, and IPv4-mapped sockets", () => {
    const trust = parseTrustProxy("::1/128,fd00::/8,127.0.0.1");
    expect(resolve("::1", "2001:db8::7", trust)).toBe("2001:db8::7");
    expect(resolve("::ffff:127.0.0.1", "203.0.113.7", trust)).toBe("203.0.113.7");
    expect(resolve("fd00::2", "[2001:DB8::7]:51000, fd00::1", trust)).toBe("2001:db8::7");
    expect(resolve("fd00::2", "203.0.113.7:4000", parseTrustProxy("1"))).toBe("203.0.113.7");
  });

  it("never takes a garbled entry for the client: the trusted hop that reported it stands in", () => {
    const trust = parseTrustProxy("10.0.0.0/8");
    expect(resolve("10.0.0.2", "not-an-ip", trust)).toBe("10.0.0.2");
    expect(resolve("10.0.0.2", "1.1.1.1, <script>, 10.0.0.5", trust)).toBe("10.0.0.5");
    expect(resolve("10.0.0.2", "garbage", parseTrustProxy("1"))).toBe("10.0.0.2");
    expect(resolve("10.0.0.2", ",,  ,", parseTrustProxy("1"))).toBe("10.0.0.2");
    expect(resolve("10.0.0.2", "1.1.1.1,,203.0.113.7", parseTrustProxy("1"))).toBe("203.0.113.7");
  });
});
