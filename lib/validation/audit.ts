import { z } from "@/lib/validation/zod";

// The audit log is read-only: a filter for the list, and the shape of one entry.

export const listAuditQuery = z.object({
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(64).optional(),
  actorQuery: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListAuditParams = z.input<typeof listAuditQuery>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string().describe("ISO 8601"),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  cityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryRow = z.infer<typeof auditEntrySchema>;
