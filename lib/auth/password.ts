import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's minimum cost.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * The hash of a random password nobody knows, made once offline with OPTIONS' costs. Sign-in
 * verifies against it when there is no account or the account is locked, so every attempt runs
 * exactly one argon2id verification and the time taken says nothing about the email.
 */
export const DUMMY_PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$F9kBR+OVYoi0ZCVpOvwO9w$W2oa7zPadTCzOD/Bk4pBQ5oiYP/Io+FRbLyU99jUc6M";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
