import type { EditionData } from "@/lib/domain/indicators/edition-data";
import type { Tx } from "@/lib/server/tx";

// Large editions stay well under PostgreSQL's limit of bind parameters per statement.
const BATCH = 500;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += BATCH) out.push(rows.slice(start, start + BATCH));
  return out;
}

/** The edition row, then categories, contents and criteria in batched inserts (a handful of statements). */
export async function writeEditionTree(tx: Tx, edition: EditionData, { provinceId }: { provinceId: string | null }) {
  const created = await tx.indicatorEdition.create({
    data: { code: edition.code, name: edition.name, description: edition.description, provinceId },
  });
  const editionId = created.id;
  const categoryIds = new Map<string, string>();
  for (const batch of batches(edition.categories.map(({ code, name }, sortOrder) => ({ editionId, code, name, sortOrder })))) {
    for (const row of await tx.indicatorCategory.createManyAndReturn({ data: batch, select: { id: true, code: true } })) categoryIds.set(row.code, row.id);
  }
  const contents = edition.categories.flatMap((category) => category.contents.map((content) => ({ content, categoryId: categoryIds.get(category.code)! })));
  const contentIds = new Map<string, string>();
  const contentRows = contents.map(({ content, categoryId }, sortOrder) => ({ editionId, categoryId, code: content.code, name: content.name, sortOrder }));
  for (const batch of batches(contentRows)) {
    for (const row of await tx.indicatorContent.createManyAndReturn({ data: batch, select: { id: true, code: true } })) contentIds.set(row.code, row.id);
  }
  const criteria = contents.flatMap(({ content }) =>
    content.criteria.map((criterion) => ({
      ...criterion,
      rubricParams: criterion.rubricParams as object,
      editionId,
      contentId: contentIds.get(content.code)!,
    })),
  );
  for (const batch of batches(criteria.map((criterion, sortOrder) => ({ ...criterion, sortOrder })))) {
    await tx.criterion.createMany({ data: batch });
  }
  return created;
}
