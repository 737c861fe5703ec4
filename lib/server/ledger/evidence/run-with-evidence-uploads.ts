import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { ActionEntity } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/permissions";
import type { EvidenceUpload } from "@/lib/domain/evidence/classify-evidence-upload";
import { EVIDENCE_FIELD } from "@/lib/domain/evidence/evidence-field";
import { MAX_FILES_PER_REQUEST, tooManyFilesMessage } from "@/lib/domain/evidence/upload-limits";
import { invalidInput, type FieldErrors } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/server/use-case";
import { emptyUploadMessages, storeEvidenceUploads } from "./store-evidence-uploads";

type UseCaseWithFiles<R> = ((actor: Actor, input: unknown) => Promise<R>) & {
  spec: { permission: ActionEntity; input: z.ZodType };
};

/**
 * Runs a ledger use case whose input carries evidence files: the permission first (no stranger
 * writes files), then every field error at once (with empty files on `evidence`), then the files'
 * size and type (413/415), then the bytes go to the file store, and only then the use case's
 * transaction writes the rows.
 */
export async function runWithEvidenceUploads<R>(
  actor: Actor,
  operation: UseCaseWithFiles<R>,
  fields: Record<string, unknown>,
  uploads: readonly EvidenceUpload[],
): Promise<R> {
  assertCan(actor, operation.spec.permission);
  const parsed = operation.spec.input.safeParse({ ...fields, files: [] });
  const fieldErrors: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const empty = emptyUploadMessages(uploads);
  if (empty.length) fieldErrors[EVIDENCE_FIELD] = empty;
  if (uploads.length > MAX_FILES_PER_REQUEST) fieldErrors[EVIDENCE_FIELD] = [tooManyFilesMessage()];
  if (Object.keys(fieldErrors).length) throw invalidInput(fieldErrors);
  const files = await storeEvidenceUploads(uploads);
  return operation(actor, { ...fields, files });
}
