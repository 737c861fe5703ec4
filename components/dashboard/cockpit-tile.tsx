import Link from "next/link";
import type { ReactNode } from "react";

type Props = { id: string; title: string; href?: string; linkLabel?: string; children: ReactNode; className?: string };

/** One tile of the office's cockpit: a titled card whose header links to the list behind it. */
export function CockpitTile({ id, title, href, linkLabel, children, className = "" }: Props) {
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-slate-200 bg-white shadow-xs break-inside-avoid ${className}`}>
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {href && linkLabel && (
          <Link href={href} className="text-sm text-red-800 hover:underline print:hidden">
            {linkLabel}
          </Link>
        )}
      </header>
      <div className="p-4">{children}</div>
    </section>
  );
}
