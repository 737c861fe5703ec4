import net from "node:net";
import { normaliseAddress } from "./client-address";

/**
 * Which proxies in front of the app may tell it the client's address (`TRUST_PROXY`): none (the
 * default: the socket's peer is the client), a hop count, or a list of CIDRs.
 */
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "cidrs"; ranges: net.BlockList };

export const TRUST_NONE: TrustProxy = { kind: "none" };

/** Parses `TRUST_PROXY`; throws with a message for the operator when it cannot be read. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return TRUST_NONE;
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const ranges = new net.BlockList();
  for (const item of text.split(",").map((part) => part.trim())) addRange(ranges, item);
  return { kind: "cidrs", ranges };
}

function addRange(ranges: net.BlockList, item: string) {
  const [addressText, prefixText, extra] = item.split("/");
  const address = normaliseAddress(addressText);
  const wasMapped = address !== null && net.isIPv4(address) && addressText.includes(":");
  if (!address || extra !== undefined || (prefixText !== undefined && !/^\d+$/.test(prefixText))) throw invalid(item);
  const family = net.isIPv4(address) ? "ipv4" : "ipv6";
  const bits = family === "ipv4" ? 32 : 128;
  // ::ffff:10.0.0.0/104 names IPv4 addresses, which are compared in their IPv4 form.
  const prefix = prefixText === undefined ? bits : Number(prefixText) - (wasMapped ? 96 : 0);
  if (prefix < 0 || prefix > bits) throw invalid(item);
  ranges.addSubnet(address, prefix, family);
}

const invalid = (item: string) => new Error(`TRUST_PROXY 无法识别“${item}”：应为代理层数（如 1）或以逗号分隔的 CIDR 列表（如 10.0.0.0/8,::1/128）。`);

export function isTrustedProxy(address: string, trust: TrustProxy): boolean {
  return trust.kind === "cidrs" && trust.ranges.check(address, net.isIPv4(address) ? "ipv4" : "ipv6");
}
