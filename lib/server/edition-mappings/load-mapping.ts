import type { MappingRow } from "@/lib/domain/edition-mapping/mapping-rules";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

/** The stored mapping from one edition to the next, as code pairs in a stable order. */
export async function loadMapping(client: Db | Tx, fromEditionId: string, toEditionId: string): Promise<MappingRow[]> {
  const rows = await client.criterionMapping.findMany({
    where: { fromEditionId, toEditionId },
    include: { fromCriterion: { select: { code: true } }, toCriterion: { select: { code: true } } },
  });
  return rows
    .map((row) => ({ kind: row.kind, from: row.fromCriterion?.code ?? null, to: row.toCriterion?.code ?? null }))
    .sort((a, b) => {
      // Old codes first, new-only rows last; code-point order, not locale order.
      const [x, y] = [`${a.from ?? "\uffff"}|${a.to ?? ""}`, `${b.from ?? "\uffff"}|${b.to ?? ""}`];
      return x < y ? -1 : x > y ? 1 : 0;
    });
}
