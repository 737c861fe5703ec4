import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ActionEntity, type Scope } from "@/lib/auth/permissions";
import { AppError, forbidden, invalidInput, type FieldErrors } from "@/lib/errors";
import { writeAuditEntry, type AuditEntry } from "@/lib/server/audit/write-audit-entry";
import { withAfterCommit } from "@/lib/server/after-commit";
import type { Tx } from "@/lib/server/tx";
import { CONTROL_CHARACTER_MESSAGE, findControlCharacters } from "@/lib/validation/primitives";
import { isUploadedFileList } from "@/lib/validation/uploads";

/** What every phase sees once the role and the input have passed. */
export type UseCaseBase<I> = { actor: Actor; input: I; scope: Scope };

export type UseCaseContext<I, L = undefined, P = undefined> = UseCaseBase<I> & {
  tx: Tx;
  /** What `load` returned (undefined without one). */
  loaded: L;
  /** What `prepare` returned (undefined without one). */
  prepared: P;
  audit: (entry: Omit<AuditEntry, "action"> & { action?: string }) => Promise<void>;
};

type Spec<S extends z.ZodType, R, L, P> = {
  /** Also the audit action, e.g. "department.create". */
  name: string;
  permission: ActionEntity;
  input: S;
  /**
   * Outside the transaction: reads what the input names within the actor's scope (404 beyond it)
   * and refuses bad states, so a refused request stores nothing in `prepare`.
   */
  load?: (ctx: UseCaseBase<z.infer<S>>) => Promise<L>;
  /** Outside the transaction, after `load`: slow work such as checking and storing uploaded files. */
  prepare?: (ctx: UseCaseBase<z.infer<S>> & { loaded: L }) => Promise<P>;
  /** Inside one transaction; re-checks there what may have changed since `load`. */
  run: (ctx: UseCaseContext<z.infer<S>, L, P>) => Promise<R>;
  /** Longer than the default 20 s only for bulk writes (imports), which write in batches. */
  transaction?: { timeout?: number; maxWait?: number };
};

/** The phases up to the transaction, for a dry run (an import's preview) that writes nothing. */
export type CheckedUseCase<I, L, P> = UseCaseBase<I> & { loaded: L; prepared: P };

// Every change of data goes through here, in this order: the role (the forced password change,
// then the permission), the input (control characters, then zod), `load` (scope and state,
// outside the transaction), `prepare` (outside the transaction: files are checked and stored by
// content hash, so a copy left by a failed transaction is harmless), then `run` in one short
// transaction that writes the audit log too. A use case that changes nothing it audits is a bug,
// so one that writes no audit entry is rolled back.
export function defineUseCase<S extends z.ZodType, R, L = undefined, P = undefined>(spec: Spec<S, R, L, P>) {
  const check = async (actor: Actor, rawInput: unknown): Promise<CheckedUseCase<z.infer<S>, L, P>> => {
    const scope = assertMayRun(actor, spec);
    assertNoControlCharacters(rawInput);
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
    const base: UseCaseBase<z.infer<S>> = { actor, input: parsed.data, scope };
    const loaded = (spec.load ? await spec.load(base) : undefined) as L;
    const prepared = (spec.prepare ? await spec.prepare({ ...base, loaded }) : undefined) as P;
    return { ...base, loaded, prepared };
  };
  const useCase = async (actor: Actor, rawInput: unknown): Promise<R> => {
    const checked = await check(actor, rawInput);
    return runInTransaction(spec.transaction, async (tx) => {
      let audited = 0;
      const audit: UseCaseContext<unknown>["audit"] = async (entry) => {
        audited += 1;
        await writeAuditEntry(tx, actor, { action: spec.name, ...entry });
      };
      const result = await spec.run({ ...checked, tx, audit });
      if (audited === 0) throw new AppError("INTERNAL", `用例 ${spec.name} 未写审计日志。`, 500);
      return result;
    });
  };
  return Object.assign(useCase, { spec, check });
}

/** A resident using a public form (文明随手拍): no account, only the address the request came from. */
export type Visitor = { clientAddress: string };

type PublicBase<I> = { visitor: Visitor; input: I };
type PublicSpec<S extends z.ZodType, R, L, P> = {
  name: string;
  input: S;
  load?: (ctx: PublicBase<z.infer<S>>) => Promise<L>;
  prepare?: (ctx: PublicBase<z.infer<S>> & { loaded: L }) => Promise<P>;
  run: (ctx: PublicBase<z.infer<S>> & { tx: Tx; loaded: L; prepared: P; audit: UseCaseContext<unknown>["audit"] }) => Promise<R>;
};

const PUBLIC_AUDIT_ACTOR = { kind: "public", label: "public" } as const;

// The same path for changes made without an account: no role to check, everything after it as
// above (control characters, zod, load, prepare, one transaction that must write its audit entry,
// which names the actor "public"). The scope matrix lists only `defineUseCase`: a public use case
// has no grant to prove, its own guards (proof of work, per-address limits) are tested with it.
export function definePublicUseCase<S extends z.ZodType, R, L = undefined, P = undefined>(spec: PublicSpec<S, R, L, P>) {
  const useCase = async (visitor: Visitor, rawInput: unknown): Promise<R> => {
    assertNoControlCharacters(rawInput);
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
    const base: PublicBase<z.infer<S>> = { visitor, input: parsed.data };
    const loaded = (spec.load ? await spec.load(base) : undefined) as L;
    const prepared = (spec.prepare ? await spec.prepare({ ...base, loaded }) : undefined) as P;
    return runInTransaction(undefined, async (tx) => {
      let audited = 0;
      const audit: UseCaseContext<unknown>["audit"] = async (entry) => {
        audited += 1;
        await writeAuditEntry(tx, PUBLIC_AUDIT_ACTOR, { action: spec.name, ...entry });
      };
      const result = await spec.run({ ...base, loaded, prepared, tx, audit });
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
// query: every write path (server actions, the API, imports) comes through here. Uploaded files
// are skipped: their names are cleaned, never refused, before anything records them.
function assertNoControlCharacters(rawInput: unknown): void {
  const paths = findControlCharacters(withoutUploadedFiles(rawInput));
  if (paths.length) throw invalidInput(Object.fromEntries(paths.map((path) => [path || "_form", [CONTROL_CHARACTER_MESSAGE]])));
}

function withoutUploadedFiles(rawInput: unknown): unknown {
  if (rawInput === null || typeof rawInput !== "object" || Array.isArray(rawInput)) return rawInput;
  return Object.fromEntries(Object.entries(rawInput).filter(([, value]) => !isUploadedFileList(value)));
}

// A unique constraint that a concurrent writer won between our check and our insert is a
// conflict the user can act on, not a server error.
async function runInTransaction<R>(options: { timeout?: number; maxWait?: number } | undefined, fn: (tx: Tx) => Promise<R>): Promise<R> {
  try {
    return await withAfterCommit((body) => db().$transaction(async (tx) => body(tx as Tx), options), fn);
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
