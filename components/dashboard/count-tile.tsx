import Link from "next/link";
import type { ReactNode } from "react";
import { CockpitTile } from "./cockpit-tile";

type Props = { id: string; title: string; value: number; unit: string; detail?: ReactNode; href: string; linkLabel: string };

/** One number of the cockpit (台账待审核, 未签收任务) and the link to the list that holds it. */
export function CountTile({ id, title, value, unit, detail, href, linkLabel }: Props) {
  return (
    <CockpitTile id={id} title={title}>
      <p className="flex items-baseline gap-1">
        <span className="text-3xl font-semibold text-slate-900 tabular-nums">{value.toLocaleString("zh-CN")}</span>
        <span className="text-sm text-slate-500">{unit}</span>
      </p>
      {detail && <p className="mt-1 text-sm text-slate-600">{detail}</p>}
      <p className="mt-3 text-sm print:hidden">
        <Link href={href} className="text-red-800 hover:underline">
          {linkLabel}
        </Link>
      </p>
    </CockpitTile>
  );
}
