import type { EvidenceUpload } from "@/lib/domain/evidence/classify-evidence-upload";
import type { BodyGate, RequestBody } from "./request-body";
import { evidenceLimits } from "./upload-limits";

/**
 * A ledger write's body: JSON, or a multipart form with its files in `evidence`. In a form,
 * `removeEvidenceIds` may be repeated or comma-separated.
 */
export async function readLedgerBody(body: RequestBody, gate: BodyGate): Promise<{ fields: Record<string, unknown>; uploads: EvidenceUpload[] }> {
  if (!body.isMultipart) return { fields: await body.json(gate), uploads: [] };
  const { fields, files } = await body.multipart(gate, evidenceLimits());
  const removeEvidenceIds = fields.removeEvidenceIds;
  if (removeEvidenceIds === undefined) return { fields, uploads: files };
  const ids = [removeEvidenceIds].flat().flatMap((value) => value.split(",").filter(Boolean));
  return { fields: { ...fields, removeEvidenceIds: ids }, uploads: files };
}
