import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/api/body/read-json-body";
import { readMultipartBody, type MultipartBody } from "@/lib/api/body/read-multipart-body";
import { evidenceLimits, type FileFieldOptions } from "@/lib/api/body/upload-limits";

/**
 * How a public write reads its body: bounded while it streams (413 past the limit), once. There
 * is no permission to pass first; the rate limit has already counted the request, and the route
 * checks whatever it can (its proof of work, its hourly quota) before it reads.
 */
export type PublicRequestBody = {
  /** A JSON object (`application/json` only, 1 MB at most). */
  json(): Promise<Record<string, unknown>>;
  /** A multipart form's text fields and the files of `fileField`, with the evidence limits. */
  multipart(options: FileFieldOptions): Promise<MultipartBody>;
};

export function publicRequestBody(request: Request): PublicRequestBody {
  let isRead = false;
  const open = () => {
    if (isRead) throw new AppError("INTERNAL", "请求体只能读取一次。", 500);
    isRead = true;
  };
  return {
    async json() {
      open();
      return readJsonBody(request);
    },
    async multipart(options) {
      open();
      return readMultipartBody(request, evidenceLimits(options));
    },
  };
}
