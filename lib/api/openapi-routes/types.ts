import type { z } from "zod";

/** One documented /api/v1 or /api/public/v1 operation; the document is generated from these zod schemas. */
export type ApiRouteDoc = {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string;
  summary: string;
  tags: string[];
  query?: z.ZodObject;
  body?: z.ZodType;
  /** multipart/form-data instead of JSON */
  isMultipart?: boolean;
  response?: z.ZodType;
  status?: number;
  /** the response is a file, not JSON */
  fileType?: string;
  /** /api/public/v1: no sign-in, rate-limited, ETag and CORS for reads */
  isPublic?: boolean;
  /** a public read served with Cache-Control: no-store (no ETag, no 304) */
  isUncached?: boolean;
};
