// A reporter reads the code off a phone and may type it again days later: no 0/O, 1/I/L, which
// are easily confused, and upper case only. 31⁵ ≈ 28.6 million codes a year; the database's unique
// index settles the rare collision, and the caller draws again.
export const TRACKING_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TRACKING_CODE_LENGTH = 5;
const PREFIX = "SP";
const PATTERN = new RegExp(`^${PREFIX}-(\\d{4})-([${TRACKING_CODE_ALPHABET}]{${TRACKING_CODE_LENGTH}})$`);

type RandomBytes = (length: number) => Uint8Array;

const cryptoBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/**
 * A fresh tracking code such as `SP-2026-7K3Q9`: the year, then five characters drawn uniformly
 * from the alphabet (bytes at or above the largest multiple of 31 are drawn again, so no
 * character is likelier than another).
 */
export function makeTrackingCode(year: number, randomBytes: RandomBytes = cryptoBytes): string {
  const limit = 256 - (256 % TRACKING_CODE_ALPHABET.length);
  let chars = "";
  while (chars.length < TRACKING_CODE_LENGTH) {
    for (const byte of randomBytes(TRACKING_CODE_LENGTH)) {
      if (byte < limit && chars.length < TRACKING_CODE_LENGTH) chars += TRACKING_CODE_ALPHABET[byte % TRACKING_CODE_ALPHABET.length];
    }
  }
  return `${PREFIX}-${year}-${chars}`;
}

/** The code as typed (spaces around it, lower case) in its stored form, or null when it cannot be a code. */
export function normalizeTrackingCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return PATTERN.test(code) ? code : null;
}

export function isTrackingCode(text: string): boolean {
  return PATTERN.test(text);
}
