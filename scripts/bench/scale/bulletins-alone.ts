import { db } from "@/lib/db";
import { storeBulletins } from "@/lib/server/bulletins/store-bulletins";
import type { Tx } from "@/lib/server/tx";
import type { Timing } from "../results-file";
import { summarize } from "../stats";

class RolledBack extends Error {}

/**
 * Publishing's share spent on the bulletins: each publication's two bulletins rendered and stored again in a
 * transaction that is rolled back (its stored ones removed first inside it), so nothing changes.
 */
export async function timeBulletinsAlone(publicationIds: readonly string[]): Promise<Timing> {
  const times: number[] = [];
  for (const id of publicationIds) {
    await db()
      .$transaction(
        async (transaction) => {
          const tx = transaction as Tx;
          await tx.publicationBulletin.deleteMany({ where: { publicationId: id } });
          const started = performance.now();
          await storeBulletins(tx, id);
          times.push(performance.now() - started);
          throw new RolledBack();
        },
        { timeout: 120_000 },
      )
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  }
  return {
    section: "publishing a round",
    name: "storeBulletins alone (official + public, rolled back)",
    note: `${times.length} publications`,
    ...summarize(times),
  };
}
