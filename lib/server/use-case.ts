import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ActionEntity, type Scope } from "@/lib/auth/permissions";
import { AppError, forbidden, invalidInput, type FieldErrors } from "@/lib/errors";
import { writeAuditEntry, type AuditEntry } from "@/lib/server/audit/write-audit-entry";
import type { Tx } from "@/lib/server/tx";
import { CONTROL_CHARACTER_MESSAGE, findControlCharacters } from "@/lib/validation/primitives";

export type UseCaseContext<I> = {
  tx: Tx;
  actor: Actor;
  input: I;
  scope: Scope;
  audit: (entry: Omit<AuditEntry, "action"> & { action?: string }) => Promise<void>;
};

type Spec<S extends z.ZodType, R> = {
  /** Also the audit action, e.g. "department.create". */
  name: string;
  permission: ActionEntity;
  input: S;
  run: (ctx: UseCaseContext<z.infer<S>>) => Promise<R>;
  /** Longer than the default 20 s only for bulk writes (imports), which write in batches. */
  transaction?: { timeout?: number; maxWait?: number };
};

// Every change of data goes through here: validate with zod, check the permission, run in one
// short transaction, and write the audit log in that same transaction. A use case that changes
// nothing it audits is a bug, so one that writes no audit entry is rolled back.
export function defineUseCase<S extends z.ZodType, R>(spec: Spec<S, R>) {
  const useCase = async (actor: Actor, rawInput: unknown): Promise<R> => {
    const scope = assertMayRun(actor, spec);
    assertNoControlCharacters(rawInput);
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
    return runInTransaction(spec.transaction, async (tx) => {
      let audited = 0;
      const audit: UseCaseContext<unknown>["audit"] = async (entry) => {
        audited += 1;
        await writeAuditEntry(tx, actor, { action: spec.name, ...entry });
      };
      const result = await spec.run({ tx, actor, input: parsed.data, scope, audit });
      if (audited === 0) throw new AppError("INTERNAL", `用例 ${spec.name} 未写审计日志。`, 500);
      return result;
    });
  };
  return Object.assign(useCase, { spec });
}

// A user with a default or reset password may still change it, and end its sessions (someone else
// may have signed in with the temporary password).
const RUNS_BEFORE_PASSWORD_CHANGE = ["user.change-own-password", "user.sign-out-everywhere"];

/**
 * The gate before anything else is looked at: a user who must change the initial password may
 * do only that (or end its sessions), then the permission. The API's body accessor passes it
 * before reading a byte.
 */
export function assertMayRun(actor: Actor, spec: { name: string; permission: ActionEntity }): Scope {
  if (actor.mustChangePassword && !RUNS_BEFORE_PASSWORD_CHANGE.includes(spec.name)) {
    throw forbidden("请先修改初始密码。");
  }
  return assertCan(actor, spec.permission);
}

// PostgreSQL refuses NUL in text with an error, so no input with a control character reaches a
// query: every write path (server actions, the API, imports) comes through here.
function assertNoControlCharacters(rawInput: unknown): void {
  const paths = findControlCharacters(rawInput);
  if (paths.length) throw invalidInput(Object.fromEntries(paths.map((path) => [path || "_form", [CONTROL_CHARACTER_MESSAGE]])));
}

// A unique constraint that a concurrent writer won between our check and our insert is a
// conflict the user can act on, not a server error.
async function runInTransaction<R>(options: Spec<z.ZodType, R>["transaction"], fn: (tx: Tx) => Promise<R>): Promise<R> {
  try {
    return await db().$transaction(async (tx) => fn(tx as Tx), options);
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("DUPLICATE", "已存在相同的记录，请刷新后重试。", 409);
    }
    throw error;
  }
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
