import { z } from "@/lib/validation/zod";

/** `GET /api/public/v1/publications/{id}/bulletin`: the public variant only, as .docx or its printable page. */
export const publicBulletinQuery = z.object({
  format: z.enum(["docx", "html"], { error: "format 应为 docx 或 html" }).default("docx"),
  variant: z.enum(["public"], { error: "公开接口只提供通报的公开版（variant=public）" }).optional(),
});
