import crypto from "node:crypto";

// Sign-in throttling counts per client address, and on PostgreSQL the counts outlive a test run:
// every test signs in from addresses of its own.
export function uniqueClientAddress(): string {
  const [a, b, c] = crypto.randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** An IPv6 client in a /64 of its own (the throttle counts IPv6 per /64). */
export function uniqueIpv6ClientAddress(): string {
  const hex = crypto.randomBytes(6).toString("hex");
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}::${hex.slice(8, 12)}`;
}
