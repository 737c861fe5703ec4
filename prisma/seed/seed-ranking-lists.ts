import type { Tx } from "@/lib/server/tx";

/**
 * The demo city's lists beside the default 综合红黑榜 (made with the cycle): one for the street
 * offices by the composite and one for every department by its rectification rate.
 */
export async function seedRankingLists(tx: Tx, cityId: string, cycleId: string) {
  await tx.rankingList.createMany({
    data: [
      {
        cityId,
        cycleId,
        name: "街道红黑榜",
        members: "BY_KIND",
        memberKind: "STREET_OFFICE",
        metric: "COMPOSITE",
        redCount: 2,
        blackCount: 1,
        blackThreshold: "85",
        sortOrder: 1,
      },
      { cityId, cycleId, name: "整改红黑榜", members: "ALL", metric: "RECTIFICATION", redCount: 3, blackCount: 2, blackThreshold: "80", sortOrder: 2 },
    ],
  });
}
