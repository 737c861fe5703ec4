import { normaliseAddress } from "./client-address";
import { isTrustedProxy, type TrustProxy } from "./trust-proxy";

export const UNKNOWN_ADDRESS = "unknown";

export type ConnectionFacts = {
  /** The socket's remote address (`req.socket.remoteAddress`). */
  socketAddress: string | undefined;
  /** Every `X-Forwarded-For` value of the request, as Node gives it. */
  forwardedFor: string | string[] | undefined;
};

/**
 * The client's address. Without trusted proxies it is the socket's peer, whatever the request
 * claims. With them, `X-Forwarded-For` is read from the right (the hop nearest to us) and every
 * trusted hop is skipped; what is left of the first untrusted hop was written by the client
 * itself and is never believed.
 */
export function resolveClientAddress({ socketAddress, forwardedFor }: ConnectionFacts, trust: TrustProxy): string {
  const peer = normaliseAddress(socketAddress);
  if (!peer) return UNKNOWN_ADDRESS;
  if (trust.kind === "none") return peer;
  // Left to right as the proxies appended them; the socket's peer is the last hop.
  const hops = [
    ...([] as string[])
      .concat(forwardedFor ?? [])
      .join(",")
      .split(",")
      .filter((entry) => entry.trim() !== "")
      .map(normaliseAddress),
    peer,
  ];
  let index = hops.length - 1;
  if (trust.kind === "hops") index = Math.max(0, hops.length - 1 - trust.hops);
  else while (index > 0 && hops[index] !== null && isTrustedProxy(hops[index]!, trust)) index -= 1;
  // A garbled entry cannot be the client's address: the trusted hop that reported it stands in.
  while (hops[index] === null) index += 1;
  return hops[index]!;
}
