import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { DepartmentFindingGroups } from "@/lib/domain/findings/group-for-department";
import type { Translate } from "@/lib/i18n/translate";
import type { FindingItem } from "@/lib/validation/findings";
import { FindingBadges } from "./finding-badges";

const GROUPS = ["overdue", "returned", "dueSoon", "open"] as const;

/** 问题整改 on the liaison's home: overdue first, then returned, due soon and the rest; each opens its reply form. */
export function MyFindings({ groups, t }: { groups: DepartmentFindingGroups<FindingItem>; t: Translate }) {
  const isEmpty = GROUPS.every((group) => groups[group].length === 0);
  return (
    <Card title={t("findings.my.title")} actions={<ButtonLink href="/findings">{t("findings.my.all")}</ButtonLink>}>
      {isEmpty && <p className="text-sm text-slate-500">{t("findings.my.none")}</p>}
      <div className="space-y-4">
        {GROUPS.filter((group) => groups[group].length > 0).map((group) => (
          <section key={group} aria-labelledby={`my-findings-${group}`}>
            <h3 id={`my-findings-${group}`} className="mb-2 text-sm font-semibold text-slate-800">
              {t(`findings.my.${group}`)} ({groups[group].length})
            </h3>
            <ul className="divide-y divide-slate-100">
              {groups[group].map((finding) => (
                <li key={finding.id}>
                  <Link href={`/findings/${finding.id}`} className="flex min-h-11 flex-wrap items-center justify-between gap-2 py-2 hover:bg-slate-50">
                    <span className="min-w-0 flex-1">
                      <span className="block text-sm text-slate-900">{finding.description}</span>
                      <span className="block text-xs text-slate-500">
                        {[finding.site?.name, t("findings.my.due", { date: finding.dueDate })].filter(Boolean).join(" · ")}
                      </span>
                    </span>
                    <FindingBadges finding={finding} t={t} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Card>
  );
}
