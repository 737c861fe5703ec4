import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";

/** Reports one client address may file in an hour (refused attempts store nothing, so they do not count). */
export const MAX_REPORTS_PER_HOUR = 10;
const HOUR_MS = 60 * 60 * 1000;

export class ReportLimitReached extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", `同一网络一小时内最多提交 ${MAX_REPORTS_PER_HOUR} 条随手拍，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试。`, 429, undefined, {
      retryAfterSeconds,
    });
  }
}

/** 429 with the seconds until the oldest of the hour's reports leaves the window. */
export async function assertUnderHourlyLimit(client: Db | Tx, clientAddressHash: string, now: Date = new Date()): Promise<void> {
  const recent = await client.citizenReport.findMany({
    where: { clientAddressHash, receivedAt: { gt: new Date(now.getTime() - HOUR_MS) } },
    orderBy: { receivedAt: "desc" },
    take: MAX_REPORTS_PER_HOUR,
    select: { receivedAt: true },
  });
  if (recent.length < MAX_REPORTS_PER_HOUR) return;
  const oldest = recent[recent.length - 1].receivedAt;
  throw new ReportLimitReached(Math.max(1, Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 1000)));
}

/** Sends from one address wait for each other here, so a burst cannot all count the same nine. */
export async function lockClientAddress(tx: Tx, clientAddressHash: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${clientAddressHash}))`;
}
