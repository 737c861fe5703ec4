import crypto from "node:crypto";

// No look-alike characters (0/O, 1/l/I): the password is read off a screen and typed once.
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
const DIGITS = "23456789";
const ALPHABET = LETTERS + DIGITS;

/** A random 12-character password that meets the password policy (letters and digits). */
export function generatePassword(length = 12): string {
  for (;;) {
    const password = Array.from({ length }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join("");
    if (/[A-Za-z]/.test(password) && /\d/.test(password)) return password;
  }
}
