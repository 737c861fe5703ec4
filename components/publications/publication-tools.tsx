import type { Actor } from "@/lib/auth/actor";
import { can, scopeOf } from "@/lib/auth/permissions";
import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import type { Translate } from "@/lib/i18n/translate";
import { BulletinLinks } from "./bulletin-links";
import { CorrectionForm } from "./correction-form";

type Props = {
  actor: Actor;
  view: { id: string; scope: "CITY" | "PROVINCE"; supersededBy: unknown; lists: PublishedList[]; viewerDepartment?: string | null };
  t: Translate;
};

/** Departments entering a black list in this publication (level 1: the 提醒函), each once. */
export function letterDepartmentsOf(lists: PublishedList[], viewerDepartment: string | null = null): string[] {
  const names = lists.flatMap((list) => list.blackList.filter((entry) => entry.level === 1).map((entry) => entry.department));
  return [...new Set(names)].filter((name) => viewerDepartment === null || name === viewerDepartment);
}

/** A publication page's downloads and, for whoever publishes it and while it stands, the 更正 form. */
export function PublicationTools({ actor, view, t }: Props) {
  const mayCorrect = view.supersededBy === null && can(actor, view.scope === "PROVINCE" ? "publish:ranking" : "publish:publication");
  return (
    <div className="space-y-3">
      <BulletinLinks
        publicationId={view.id}
        canReadOfficial={scopeOf(actor, "read:publication") !== "own"}
        letterDepartments={letterDepartmentsOf(view.lists, view.viewerDepartment ?? null)}
        t={t}
      />
      {mayCorrect && <CorrectionForm publicationId={view.id} scope={view.scope} />}
    </div>
  );
}
