import { invalidInput } from "@/lib/errors";
import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// The bulletin downloads: GET /api/v1/publications/{id}/bulletin and GET /api/v1/publications/bulletins.zip.

export const bulletinQuery = z.object({
  format: z.enum(["docx", "html"], { error: "format 应为 docx 或 html" }).default("docx"),
  variant: z.enum(["official", "public"], { error: "variant 应为 official 或 public" }).default("official"),
});
export type BulletinQuery = z.infer<typeof bulletinQuery>;

export const bulletinsZipQuery = z.object({
  year: z.coerce.number({ error: "请填写年份" }).int("年份应为整数").min(2000, "年份应在 2000 至 2999 之间").max(2999, "年份应在 2000 至 2999 之间"),
  /** A city's id: only that city's bulletins. */
  city: idSchema.optional(),
});
export type BulletinsZipQuery = z.infer<typeof bulletinsZipQuery>;

/** A query string read with one of the schemas above; each bad parameter is a field error (422). */
export function parseQuery<T extends z.ZodType>(schema: T, params: URLSearchParams): z.infer<T> {
  const result = schema.safeParse(Object.fromEntries(params));
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fieldErrors[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
  throw invalidInput(fieldErrors);
}
