import { EVIDENCE_FIELD } from "@/lib/domain/evidence/evidence-field";
import { MAX_FILES_PER_REQUEST } from "@/lib/domain/evidence/upload-limits";
import type { FileFieldOptions } from "./upload-limits";

/** A ledger form's files: the field `evidence`, as many as the use case's input takes. */
export const LEDGER_EVIDENCE_FILES: FileFieldOptions = { fileField: EVIDENCE_FIELD, maxFiles: MAX_FILES_PER_REQUEST };
