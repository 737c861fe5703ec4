import { createChallenge } from "altcha-lib/v1";
import type { Challenge } from "altcha-lib/v1/types";
import { altchaHmacKey } from "./report-secrets";

/** The search space of the proof of work: a phone finds the number in about a second on average. */
export const CHALLENGE_MAX_NUMBER = 100_000;
/** Long enough to write a report while the proof is found; a stale one is refused and the form fetches another. */
export const CHALLENGE_LIFETIME_MS = 30 * 60 * 1000;

/**
 * A new ALTCHA (version 1) challenge: `{algorithm, challenge, maxnumber, salt, signature}`, the salt
 * carrying its expiry, signed with the server's key. Nothing is stored: the signature makes it
 * verifiable, and a used one is recorded when its report is.
 */
export async function createAltchaChallenge(now: Date = new Date()): Promise<Challenge> {
  return createChallenge({
    algorithm: "SHA-256",
    hmacKey: altchaHmacKey(),
    maxnumber: CHALLENGE_MAX_NUMBER,
    expires: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
  });
}
