import { z } from "@/lib/validation/zod";
import { invalidInput } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/server/use-case";

export const pagingSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type Paging = z.infer<typeof pagingSchema>;

/** page starts at 1; pageSize defaults to 50 and is at most 500 (conventions.md). */
export function parsePaging(params: URLSearchParams): Paging {
  const parsed = pagingSchema.safeParse({ page: params.get("page") ?? undefined, pageSize: params.get("pageSize") ?? undefined });
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  return parsed.data;
}

export function skipTake(paging: Paging) {
  return { skip: (paging.page - 1) * paging.pageSize, take: paging.pageSize };
}
