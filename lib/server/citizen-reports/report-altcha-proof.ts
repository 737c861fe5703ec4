import { extractParams, verifySolution } from "altcha-lib/v1";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";
import { z } from "@/lib/validation/zod";
import { CHALLENGE_MAX_NUMBER } from "./create-altcha-challenge";
import { altchaHmacKey } from "./report-secrets";

export type VerifiedProof = { signature: string; expiresAt: Date };

export const challengeFailed = () => new AppError("CHALLENGE_FAILED", "人机验证未通过或已过期，请重新验证后再提交。", 403);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const payloadSchema = z.object({
  algorithm: z.literal("SHA-256"),
  challenge: hex64,
  number: z.number().int().min(0).max(CHALLENGE_MAX_NUMBER),
  salt: z.string().max(200),
  signature: hex64,
});

/**
 * The form's `altcha` field: the base64 JSON payload of a solved version-1 challenge. Refused
 * (403, nothing stored) when missing, malformed, not signed by this server, wrong, or past its
 * expiry; a challenge without an expiry is not one of ours either.
 */
export async function verifyReportProof(altcha: string | undefined, now: Date = new Date()): Promise<VerifiedProof> {
  const payload = decode(altcha);
  if (!payload) throw challengeFailed();
  const expires = Number(extractParams(payload).expires);
  if (!Number.isInteger(expires) || expires * 1000 <= now.getTime()) throw challengeFailed();
  if (!(await verifySolution(payload, altchaHmacKey(), true))) throw challengeFailed();
  return { signature: payload.signature, expiresAt: new Date(expires * 1000) };
}

function decode(altcha: string | undefined): z.infer<typeof payloadSchema> | null {
  if (!altcha) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(altcha, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Before any photo is stored: a proof already used for a report is refused at once. */
export async function assertProofUnspent(client: Db | Tx, proof: VerifiedProof): Promise<void> {
  if (await client.spentAltchaChallenge.findUnique({ where: { signature: proof.signature }, select: { signature: true } })) throw challengeFailed();
}

/**
 * Records the proof as used, in the report's transaction: a concurrent send of the same payload
 * waits on this row and then finds it taken (403), so one proof makes one report. Spent proofs
 * past their expiry are dropped on the way (they could not pass again anyway).
 */
export async function spendProof(tx: Tx, proof: VerifiedProof, now: Date = new Date()): Promise<void> {
  await tx.spentAltchaChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  const { count } = await tx.spentAltchaChallenge.createMany({ data: [proof], skipDuplicates: true });
  if (count === 0) throw challengeFailed();
}
