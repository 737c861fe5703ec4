import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatInstant } from "@/lib/domain/dates";
import { parseDigest } from "@/lib/domain/publications/digest-schema";
import type { ESCALATION_STEPS } from "@/lib/domain/publications/snapshot-schema";
import { cockpitCityId } from "./cockpit-scope";

type EscalationStep = (typeof ESCALATION_STEPS)[number];

export type EscalationMember = { department: string; departmentId: string | null; level: number; step: EscalationStep };
export type BlackListEscalations = {
  publication: { id: string; title: string; publishedAt: string };
  lists: { id: string; name: string; members: EscalationMember[] }[];
};

/**
 * The black lists of the city's latest publication still in force (not superseded by a
 * correction), each member with its escalation (1 提醒函, 2 约谈, 3+ 问责); null before the
 * first publication. "Latest" is by period, then by publishing time: a correction of an older
 * round, published last, does not displace a newer round's lists. Members are named as
 * published; a department still in the city is linked.
 */
export async function getBlackListEscalations(actor: Actor): Promise<BlackListEscalations | null> {
  const cityId = cockpitCityId(actor, "read:publication");
  const publication = await db().publication.findFirst({
    where: { cityId, scope: "CITY", supersededBy: { is: null } },
    orderBy: [{ periodEnd: "desc" }, { publishedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, publishedAt: true, digest: true },
  });
  if (!publication) return null;
  const digest = parseDigest(publication.digest);
  const lists = "lists" in digest ? digest.lists : [];
  const names = [...new Set(lists.flatMap((list) => list.blackList.map((member) => member.department)))];
  const departments = names.length
    ? await db().department.findMany({ where: { cityId, deletedAt: null, name: { in: names } }, select: { id: true, name: true } })
    : [];
  const idOf = new Map(departments.map((department) => [department.name, department.id]));
  return {
    publication: { id: publication.id, title: publication.title, publishedAt: formatInstant(publication.publishedAt) },
    lists: lists.map((list) => ({
      id: list.id,
      name: list.name,
      members: list.blackList.map((member) => ({ ...member, departmentId: idOf.get(member.department) ?? null })),
    })),
  };
}
