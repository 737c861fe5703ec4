import { periodSnapshotSchema, provinceSnapshotSchema, roundSnapshotSchema } from "@/lib/domain/publications/snapshot-schema";
import { z } from "@/lib/validation/zod";

// Publication.digest is the snapshot without its bulky parts (`input`, `checkSites`), derived by a
// trigger on insert: the public side reads it, parsed with the snapshot's own schemas (never cast).
export const roundDigestSchema = roundSnapshotSchema.omit({ input: true, checkSites: true });

export const digestSchema = z.union([roundDigestSchema, periodSnapshotSchema, provinceSnapshotSchema]);

export type RoundDigest = z.infer<typeof roundDigestSchema>;
export type Digest = z.infer<typeof digestSchema>;

export function parseDigest(json: unknown): Digest {
  return digestSchema.parse(json);
}
