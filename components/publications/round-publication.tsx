import type { Actor } from "@/lib/auth/actor";
import { can, scopeOf } from "@/lib/auth/permissions";
import type { Translate } from "@/lib/i18n/translate";
import { listPublications } from "@/lib/server/publications/list-publications";
import { RoundPublished } from "./round-published";
import { RoundPublishPanel } from "./round-publish-panel";

type Props = { actor: Actor; round: { id: string; periodStart: string; periodEnd: string }; t: Translate };

/** On a closed round's page: its standing publication with links, or (for whoever may publish) the 发布 panel. */
export async function RoundPublication({ actor, round, t }: Props) {
  if (!can(actor, "read:publication")) return null;
  // The list has no round filter; the round's own period narrows it to a handful of rows.
  const { items } = await listPublications(actor, {
    kind: "ROUND",
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    page: 1,
    pageSize: 500,
  });
  const standing = items.find((item) => item.round?.id === round.id && item.supersededBy === null);
  if (standing) return <RoundPublished publication={standing} canReadOfficial={scopeOf(actor, "read:publication") !== "own"} t={t} />;
  return can(actor, "publish:publication") ? <RoundPublishPanel roundId={round.id} /> : null;
}
