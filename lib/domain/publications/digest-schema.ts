import { z } from "@/lib/validation/zod";
import { periodSnapshotSchema, provinceSnapshotSchema, roundSnapshotSchema } from "./snapshot-schema";

// A publication's digest (`Publication.digest`): its snapshot without the calculator input and where each
// check was made, derived by the database on insert (migration 20261203090000). The input is ~95 % of a
// round snapshot; lists, results, plan progress and rectification figures are all here. Read the digest
// wherever `input` and `checkSites` are not needed; only the drill-down to checks, the API's full read and
// the bulletins need the snapshot. Period and province snapshots hold neither key: their digest is the same
// document.

/** The round snapshot's schema without `input` and `checkSites`, still strict: a digest holding them is a fault. */
export const roundDigestSchema = roundSnapshotSchema.omit({ input: true, checkSites: true });

export const digestSchema = z.union([roundDigestSchema, periodSnapshotSchema, provinceSnapshotSchema]);

export type RoundDigest = z.infer<typeof roundDigestSchema>;
export type Digest = z.infer<typeof digestSchema>;

/** Reads a stored digest; a document that does not fit is a server fault, never cast. */
export function parseDigest(json: unknown): Digest {
  return digestSchema.parse(json);
}

/** A round publication's digest, or null for a period or province publication. */
export function roundDigestOf(json: unknown): RoundDigest | null {
  const digest = parseDigest(json);
  return !("scope" in digest) && digest.kind === "ROUND" ? digest : null;
}
