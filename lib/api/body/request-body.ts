import type { Actor } from "@/lib/auth/actor";
import type { ActionEntity } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assertMayRun } from "@/lib/server/use-case";
import { isMultipartContentType } from "./content-type";
import { readJsonBody } from "./read-json-body";
import { readMultipartBody, type MultipartBody, type MultipartLimits, type UploadedFile } from "./read-multipart-body";
import { evidenceLimits, type FileFieldOptions } from "./upload-limits";

/**
 * What must be allowed before a body is read: the use case the body is for (its permission and
 * the forced password change, exactly as `defineUseCase` checks them), or a permission for
 * entry points that are not one use case (the imports).
 */
export type BodyGate = ActionEntity | { spec: { name: string; permission: ActionEntity } };

/**
 * The only way a `withApi` handler reads its body. Every read names its gate, which is passed
 * before the first byte is pulled: a liaison's 150 MB post to an import is a 403 with the body
 * unread. The scope check (404 for another city's record) stays in the use case, once ids are known.
 */
export type RequestBody = {
  /** Whether the body is a multipart form. */
  readonly isMultipart: boolean;
  /** A JSON object (`application/json` only, 1 MB at most). */
  json(gate: BodyGate): Promise<Record<string, unknown>>;
  /**
   * A multipart form's text fields and the files of `fileField` (evidence limits: `UPLOAD_MAX_BYTES`
   * per file, `maxFiles` files). Pass the files to the use case in its `uploadedFiles` field.
   */
  multipart(gate: BodyGate, options: FileFieldOptions): Promise<MultipartBody>;
  /** The same from a route that takes either: a JSON object has no files. */
  jsonOrMultipart(gate: BodyGate, options: FileFieldOptions): Promise<{ fields: Record<string, unknown>; files: UploadedFile[] }>;
  /** The one file of `limits.fileField`, or undefined when none was sent (the use case's own 422). */
  file(gate: BodyGate, limits: MultipartLimits): Promise<UploadedFile | undefined>;
};

export function requestBody(request: Request, actor: Actor): RequestBody {
  let isRead = false;
  const open = (gate: BodyGate) => {
    assertMayRun(actor, typeof gate === "string" ? { name: "", permission: gate } : gate.spec);
    if (isRead) throw new AppError("INTERNAL", "请求体只能读取一次。", 500);
    isRead = true;
  };
  const isMultipart = isMultipartContentType(request.headers);
  const multipart = async (gate: BodyGate, options: FileFieldOptions) => {
    open(gate);
    return readMultipartBody(request, evidenceLimits(options));
  };
  const json = async (gate: BodyGate) => {
    open(gate);
    return readJsonBody(request);
  };
  return {
    isMultipart,
    json,
    multipart,
    async jsonOrMultipart(gate, options) {
      return isMultipart ? multipart(gate, options) : { fields: await json(gate), files: [] };
    },
    async file(gate, limits) {
      open(gate);
      return (await readMultipartBody(request, { ...limits, maxFiles: 1 })).files[0];
    },
  };
}
