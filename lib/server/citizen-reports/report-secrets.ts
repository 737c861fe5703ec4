import crypto from "node:crypto";
import { throttleKeyOf } from "@/lib/auth/ip-throttle";
import { env } from "@/lib/env";

// Both keys derive from NEXTAUTH_SECRET, which the launcher always sets (generated once into
// DATA_DIR when not configured), so challenges and the hourly counts survive a restart. Run
// without it (`next dev`, tests), a key made once per process serves instead.
const store = globalThis as unknown as { __chuangwenReportSecret?: string };

function rootSecret(): string {
  return env().NEXTAUTH_SECRET || (store.__chuangwenReportSecret ??= crypto.randomBytes(32).toString("hex"));
}

function derivedKey(purpose: string): string {
  return crypto.createHmac("sha256", rootSecret()).update(`chuangwen:${purpose}`).digest("hex");
}

/** The HMAC key that signs ALTCHA challenges. */
export function altchaHmacKey(): string {
  return derivedKey("altcha-v1");
}

/**
 * What a report keeps of the client address, for the hourly limit: an HMAC, so the table never
 * holds the address itself. IPv6 counts per /64, as the sign-in throttle does.
 */
export function hashClientAddress(address: string): string {
  return crypto.createHmac("sha256", derivedKey("report-client-address")).update(throttleKeyOf(address)).digest("hex");
}
