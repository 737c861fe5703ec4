import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { BlackListEscalations } from "@/lib/server/dashboard/get-black-list-escalations";
import { CockpitTile } from "./cockpit-tile";

const TONE = { REMINDER_LETTER: "amber", LEADER_MEETING: "red", ACCOUNTABILITY: "red" } as const;

/** Each list's black-list members in the latest publication in force, with the escalation each is due. */
export function EscalationsTile({ data, t }: { data: BlackListEscalations | null; t: Translate }) {
  return (
    <CockpitTile
      id="cockpit-escalations"
      title={t("cockpit.escalations.title")}
      href={data ? `/publications/${data.publication.id}` : undefined}
      linkLabel={t("cockpit.escalations.open")}
    >
      {data === null ? (
        <p className="text-sm text-slate-500">{t("cockpit.escalations.empty")}</p>
      ) : (
        <div className="space-y-3">
          <p className="text-xs text-slate-500">
            {t("cockpit.escalations.publication", { title: data.publication.title, date: data.publication.publishedAt })}
          </p>
          {data.lists.map((list) => (
            <div key={list.id}>
              <h3 className="text-sm font-medium text-slate-800">{list.name}</h3>
              {list.members.length === 0 ? (
                <p className="text-sm text-slate-500">{t("cockpit.escalations.noMembers")}</p>
              ) : (
                <ul className="mt-1 space-y-1">
                  {list.members.map((member) => (
                    <li key={member.department} className="flex flex-wrap items-center gap-2 text-sm">
                      {member.departmentId ? (
                        <Link href={`/departments/${member.departmentId}`} className="text-red-800 hover:underline">
                          {member.department}
                        </Link>
                      ) : (
                        <span>{member.department}</span>
                      )}
                      <Badge tone={TONE[member.step]}>{t(`cockpit.escalations.step.${member.step}`)}</Badge>
                      <span className="text-xs text-slate-500">{t("cockpit.escalations.level", { level: member.level })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </CockpitTile>
  );
}
