import crypto from "node:crypto";

/** A stable hash of the engine's input: same checks, same hash, same numbers. */
export function hashScoreInput(input: unknown): string {
  const canonical = JSON.stringify(input, (_key, value) =>
    value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
  return crypto.createHash("sha256").update(canonical).digest("hex");
}
