import busboy, { type Busboy } from "busboy";
import { isNoFileChosen } from "@/lib/domain/evidence/evidence-field";
import { invalidInput, type AppError } from "@/lib/errors";
import { hasControlCharacters } from "@/lib/validation/primitives";
import type { UploadedFile } from "@/lib/validation/uploads";
import { payloadTooLarge, unsupportedMediaType } from "./body-errors";
import { boundedChunks, concatBytes } from "./count-bytes";
import { declaresMoreThan, hasNoBody, isMultipartContentType } from "./content-type";

export type MultipartLimits = {
  /** The one field whose parts are kept as files; files under any other name are skipped. */
  fileField: string;
  maxFileBytes: number;
  maxFiles: number;
  /** The whole request as it arrives, boundaries and text fields included. */
  maxRequestBytes: number;
  messages: { fileTooLarge: (fileName: string) => string; requestTooLarge: string; tooManyFiles: string };
};

export type { UploadedFile };
export type MultipartBody = { fields: Record<string, string | string[]>; files: UploadedFile[] };

const MAX_TEXT_FIELDS = 100;
const MAX_TEXT_FIELD_BYTES = 256 * 1024;
// File parts beyond the kept files that a form may still carry: a file input left empty sends one
// empty, nameless part, and files under other names are skipped. Past that the form is refused.
const SPARE_FILE_PARTS = 8;

/**
 * A multipart form read with busboy while it streams: the raw bytes are counted against the
 * request limit (a chunked body with no length stops at the limit plus one chunk), each file
 * against the file limit, and reading stops at the first problem (413 too large, 422 too many
 * files or a control character in a text field). Not multipart is 415; no body at all is an
 * empty form, so the use case names the missing file itself.
 */
export async function readMultipartBody(request: Request, limits: MultipartLimits): Promise<MultipartBody> {
  const body: MultipartBody = { fields: {}, files: [] };
  if (!request.headers.has("content-type") && hasNoBody(request)) return body;
  if (!isMultipartContentType(request.headers)) throw unsupportedMediaType("请求须为 multipart/form-data 表单。");
  if (declaresMoreThan(request.headers, limits.maxRequestBytes)) throw payloadTooLarge(limits.messages.requestTooLarge);

  const state: { failure?: AppError } = {};
  const fail = (error: AppError) => (state.failure ??= error);
  let parser: Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      // Browsers send file names as raw UTF-8, not the latin1 of the old RFCs.
      defParamCharset: "utf8",
      // One byte over each limit, because busboy flags a part that reaches its limit exactly.
      limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles + SPARE_FILE_PARTS, fields: MAX_TEXT_FIELDS, fieldSize: MAX_TEXT_FIELD_BYTES + 1 },
    });
  } catch {
    throw malformed();
  }
  listen(parser, limits, body, fail);
  const closed = new Promise<void>((resolve) => parser.once("close", resolve));
  let isParsed = false;
  try {
    for await (const chunk of boundedChunks(request.body, limits.maxRequestBytes, () => payloadTooLarge(limits.messages.requestTooLarge))) {
      await write(parser, chunk).catch(() => fail(malformed()));
      if (state.failure) throw state.failure;
    }
    parser.end();
    await closed;
    isParsed = true;
  } finally {
    if (!isParsed) parser.destroy();
  }
  if (state.failure) throw state.failure;
  return body;
}

function listen(parser: Busboy, limits: MultipartLimits, body: MultipartBody, fail: (error: AppError) => void) {
  const tooManyFiles = () => invalidInput({ [limits.fileField]: [limits.messages.tooManyFiles] });
  parser.on("file", (name, stream, info) => {
    // Destroying the parser mid-file errors the open file stream: the failure is already known.
    stream.on("error", () => undefined);
    if (name !== limits.fileField) return void stream.resume();
    const fileName = info.filename ?? "";
    const chunks: Uint8Array[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("limit", () => fail(payloadTooLarge(limits.messages.fileTooLarge(fileName))));
    stream.on("end", () => {
      const bytes = concatBytes(chunks);
      if (stream.truncated || isNoFileChosen({ size: bytes.byteLength, name: fileName })) return;
      body.files.push({ name: fileName, bytes });
      if (body.files.length > limits.maxFiles) fail(tooManyFiles());
    });
  });
  parser.on("field", (name, value, info) => {
    if (info.valueTruncated || info.nameTruncated) return fail(payloadTooLarge("表单中的文字字段过长。"));
    if (name === limits.fileField) return;
    if (hasControlCharacters(name, { multiLine: true }) || hasControlCharacters(value, { multiLine: true })) {
      return fail(invalidInput({ [name]: ["不能包含控制字符"] }));
    }
    const previous = body.fields[name];
    body.fields[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  });
  parser.on("filesLimit", () => fail(tooManyFiles()));
  parser.on("fieldsLimit", () => fail(payloadTooLarge("表单中的字段过多。")));
  parser.on("error", () => fail(malformed()));
}

function write(parser: Busboy, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => parser.write(chunk, (error) => (error ? reject(error) : resolve())));
}

const malformed = () => invalidInput({ _form: ["表单格式有误，无法读取。"] });
