import type { EvidenceUpload } from "@/lib/domain/evidence/classify-evidence-upload";
import { EVIDENCE_FIELD, isNoFileChosen } from "@/lib/domain/evidence/evidence-field";
import { maxRequestBytes, requestTooLargeMessage } from "@/lib/domain/evidence/upload-limits";
import { env } from "@/lib/env";
import { AppError, invalidInput } from "@/lib/errors";

/** A multipart ledger form: the text fields as they came, and the files of the `evidence` field. */
export async function readLedgerFormData(request: Request): Promise<{ fields: Record<string, unknown>; uploads: EvidenceUpload[] }> {
  const maxFileBytes = env().UPLOAD_MAX_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > maxRequestBytes(maxFileBytes)) {
    throw new AppError("PAYLOAD_TOO_LARGE", requestTooLargeMessage(maxFileBytes), 413);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalidInput({ _form: ["请求须为 multipart/form-data 表单"] });
  }
  const fields: Record<string, unknown> = {};
  const uploads: EvidenceUpload[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") {
      if (name === "removeEvidenceIds") fields[name] = [...((fields[name] as string[] | undefined) ?? []), ...value.split(",").filter(Boolean)];
      else fields[name] = value;
    } else if (name === EVIDENCE_FIELD) {
      if (isNoFileChosen(value)) continue;
      uploads.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  return { fields, uploads };
}

/** JSON or multipart, whichever the request carries. */
export async function readLedgerBody(request: Request): Promise<{ fields: Record<string, unknown>; uploads: EvidenceUpload[] }> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("multipart/form-data")) return readLedgerFormData(request);
  try {
    const body = await request.json();
    if (body && typeof body === "object" && !Array.isArray(body)) return { fields: body as Record<string, unknown>, uploads: [] };
  } catch {
    // reported below
  }
  throw invalidInput({ _form: ["请求体须为 JSON 对象或 multipart/form-data 表单"] });
}
