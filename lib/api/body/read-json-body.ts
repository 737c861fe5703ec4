import { invalidInput } from "@/lib/errors";
import { payloadTooLarge, unsupportedMediaType } from "./body-errors";
import { readBoundedBytes } from "./count-bytes";
import { declaresMoreThan, hasNoBody, isJsonContentType } from "./content-type";

export const JSON_MAX_BYTES = 1024 * 1024;

const TOO_LARGE = "请求体超过 1 MB 的上限。";
const NOT_JSON = "请求体须为 JSON（Content-Type: application/json，UTF-8）。";

/**
 * A JSON object body, read while counting (413 past 1 MB). Only `application/json` is parsed
 * (415 otherwise), so a form or a `text/plain` post from another site is never taken for JSON.
 * No body at all is an empty object: the use case then names the missing fields (422).
 */
export async function readJsonBody(request: Request, limit = JSON_MAX_BYTES): Promise<Record<string, unknown>> {
  const declaresType = request.headers.has("content-type");
  if (!declaresType && hasNoBody(request)) return {};
  if (!isJsonContentType(request.headers)) throw unsupportedMediaType(NOT_JSON);
  if (declaresMoreThan(request.headers, limit)) throw payloadTooLarge(TOO_LARGE);
  const bytes = await readBoundedBytes(request.body, limit, () => payloadTooLarge(TOO_LARGE));
  if (bytes.byteLength === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw invalidInput({ _form: ["请求体不是有效的 JSON。"] });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw invalidInput({ _form: ["请求体须为 JSON 对象。"] });
  return value as Record<string, unknown>;
}
