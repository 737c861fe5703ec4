import { notFound } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";
import { requireAdoptedEdition } from "./city-context";
import { cityCriterionSelect, toCityCriterionRow } from "./city-criterion-row";

/** A criterion of the city's adopted edition (its own or the city's local one); anything else is 404. */
export async function findCityCriterion(tx: Tx, cityId: string, criterionId: string) {
  const { editionId } = await requireAdoptedEdition(tx, cityId);
  const record = await tx.criterion.findFirst({
    where: { id: criterionId, editionId, OR: [{ cityId: null }, { cityId }] },
    select: cityCriterionSelect(cityId),
  });
  if (!record) throw notFound("测评标准");
  return { record, row: toCityCriterionRow(record), editionId };
}
