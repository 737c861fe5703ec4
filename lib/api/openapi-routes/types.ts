import type { z } from "zod";

/** One documented /api/v1 operation; the document is generated from these zod schemas. */
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
};
