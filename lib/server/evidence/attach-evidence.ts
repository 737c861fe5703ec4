import type { Tx } from "@/lib/server/tx";
import type { PreparedEvidence } from "./prepare-evidence";

/** The one record a file belongs to; the file is read through it (a database trigger holds exactly one). */
export type EvidenceOwner =
  { ledgerEntryId: string } | { checkId: string } | { findingId: string } | { rectificationEventId: string } | { citizenReportId: string };

export type AttachEvidence = {
  owner: EvidenceOwner;
  cityId: string;
  /** Null for a resident's photos (文明随手拍 has no account). */
  uploadedById: string | null;
  files: readonly PreparedEvidence[];
};

/** Records files that `prepareEvidence` stored, inside the use case's transaction; their ids in order. */
export async function attachEvidence(tx: Tx, { owner, cityId, uploadedById, files }: AttachEvidence): Promise<{ id: string }[]> {
  if (files.length === 0) return [];
  return tx.evidenceFile.createManyAndReturn({
    data: files.map((file) => ({ ...file, ...ownerColumns(owner), cityId, uploadedById })),
    select: { id: true },
  });
}

// Exactly one key, whatever extra properties a caller's object happens to carry.
function ownerColumns(owner: EvidenceOwner) {
  if ("ledgerEntryId" in owner) return { ledgerEntryId: owner.ledgerEntryId };
  if ("checkId" in owner) return { checkId: owner.checkId };
  if ("findingId" in owner) return { findingId: owner.findingId };
  if ("citizenReportId" in owner) return { citizenReportId: owner.citizenReportId };
  return { rectificationEventId: owner.rectificationEventId };
}
