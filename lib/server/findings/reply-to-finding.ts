import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { assertMayRun, defineUseCase } from "@/lib/server/use-case";
import { replyInput, type ReplyResult } from "@/lib/validation/findings";
import { actorIdOf, assertTransition, getFindingOrThrow, saveFinding } from "./finding-guard";
import { findingScopeWhere } from "./finding-scope";
import { replyResultOf } from "./reply-result";
import { syncReportsOfFinding } from "@/lib/server/citizen-reports/sync-reports-of-finding";

/**
 * The liaison's reply (DISPATCHED or RETURNED → SUBMITTED): what was done, with after-photos, for
 * the office to review. The finding is found and its state checked before any photo is stored.
 */
const saveReply = defineUseCase({
  name: "finding.reply",
  permission: "reply:finding",
  input: replyInput,
  load: async ({ actor, input, scope }) => assertTransition(await getFindingOrThrow(db(), actor, scope, input.id), "SUBMIT", input.version),
  prepare: async ({ input }) => prepareEvidence(input.photos),
  run: async ({ tx, actor, input, scope, prepared, audit }) => {
    const finding = await getFindingOrThrow(tx, actor, scope, input.id);
    const status = assertTransition(finding, "SUBMIT", input.version);
    await saveFinding(tx, finding, { status });
    await syncReportsOfFinding(tx, finding.id);
    const event = await tx.rectificationEvent.create({
      data: { cityId: finding.cityId, findingId: finding.id, kind: "REPLIED", note: input.text, clientKey: input.clientKey ?? null, actorId: actorIdOf(actor) },
    });
    const photos = await attachEvidence(tx, { owner: { rectificationEventId: event.id }, cityId: finding.cityId, uploadedById: actor.id, files: prepared });
    await audit({
      entityType: "Finding",
      entityId: finding.id,
      cityId: finding.cityId,
      before: { status: finding.status },
      after: { status, replyId: event.id, photoIds: photos.map((photo) => photo.id) },
    });
    return replyResultOf(tx, event.id);
  },
});

export type ReplyOutcome = ReplyResult & { created: boolean };

/**
 * A phone may send the same reply twice: the same `clientKey` again returns the saved reply
 * (created: false) and writes nothing, also when several sends race.
 */
export const replyToFinding = Object.assign(
  async (actor: Actor, rawInput: unknown): Promise<ReplyOutcome> => {
    const scope = assertMayRun(actor, saveReply.spec);
    const saved = await savedReply(actor, scope, rawInput);
    if (saved) return { ...saved, created: false };
    try {
      return { ...(await saveReply(actor, rawInput)), created: true };
    } catch (error) {
      // A concurrent send with the same key won: it is the saved reply (the unique key, or the
      // finding already SUBMITTED by it, refused this one).
      const raced = error instanceof AppError && error.status === 409 ? await savedReply(actor, scope, rawInput) : null;
      if (raced) return { ...raced, created: false };
      throw error;
    }
  },
  { spec: saveReply.spec },
);

const replyKey = replyInput.pick({ id: true, clientKey: true });

async function savedReply(actor: Actor, scope: Scope, rawInput: unknown): Promise<ReplyResult | null> {
  // Only a well-formed key is looked up (a control character must never reach a query); a bad one
  // is the use case's 422.
  const parsed = replyKey.safeParse(rawInput);
  if (!parsed.success || !parsed.data.clientKey) return null;
  const { id, clientKey } = parsed.data;
  const event = await db().rectificationEvent.findFirst({
    where: { clientKey, kind: "REPLIED", finding: { AND: [{ id }, findingScopeWhere(actor, scope)] } },
    select: { id: true },
  });
  return event ? replyResultOf(db(), event.id) : null;
}
