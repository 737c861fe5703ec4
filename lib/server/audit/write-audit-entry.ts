import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/server/tx";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  cityId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Secrets never reach the audit log, whatever a use case passes in.
const SECRET_KEYS = new Set(["passwordHash", "password", "tokenHash", "token", "newPassword", "currentPassword"]);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  return JSON.parse(JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? "[已隐藏]" : typeof v === "bigint" ? v.toString() : v)));
}

/** Who an entry names: a user or token, a resident using a public form (no account: label only), or the system (null). */
export type AuditActor = Pick<Actor, "id" | "label" | "kind"> | { kind: "public"; label: string };

export async function writeAuditEntry(tx: Tx, actor: AuditActor | null, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: actor?.kind === "user" ? actor.id : null,
      actorLabel: actor ? actor.label : "system",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      cityId: entry.cityId ?? null,
      before: redact(entry.before) as object,
      after: redact(entry.after) as object,
    },
  });
}
