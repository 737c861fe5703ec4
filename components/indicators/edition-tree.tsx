import { getT } from "@/lib/i18n/server";
import { CriterionItem } from "./criterion-item";
import type { filterEditionTree } from "./filter-edition-tree";

type Categories = ReturnType<typeof filterEditionTree>["categories"];

/** Categories → contents → criteria, each level with its points and number of criteria. */
export async function EditionTree({ categories }: { categories: Categories }) {
  const t = await getT();
  const total = (points: string, count: number) => t("indicators.tree.levelTotal", { points, count });
  return (
    <div className="space-y-5">
      {categories.map((category) => (
        <section key={category.id} aria-labelledby={`category-${category.id}`} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
          <header className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`category-${category.id}`} className="text-base font-semibold text-slate-900">
              <span className="mr-2 font-mono text-sm text-slate-500">{category.code}</span>
              {category.name}
            </h2>
            <span className="text-sm text-slate-600">{total(category.points, category.criteriaCount)}</span>
          </header>
          <div className="space-y-3">
            {category.contents.map((content) => (
              <section key={content.id} aria-labelledby={`content-${content.id}`} className="pl-2 sm:pl-4">
                <header className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`content-${content.id}`} className="font-medium text-slate-800">
                    <span className="mr-2 font-mono text-xs text-slate-500">{content.code}</span>
                    {content.name}
                  </h3>
                  <span className="text-xs text-slate-600">{total(content.points, content.criteriaCount)}</span>
                </header>
                <ul className="space-y-2">
                  {content.criteria.map((criterion) => (
                    <CriterionItem key={criterion.id} criterion={criterion} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
