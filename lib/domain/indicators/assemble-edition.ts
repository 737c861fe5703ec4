import type { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import type { CategoryData, ContentData } from "./edition-data";
import type { CriterionRecord, ParsedCriterionRow } from "./parse-criterion-row";

type Seen<T> = T & { record: CriterionRecord };

/**
 * Groups validated rows into categories → contents → criteria (in order of first appearance),
 * checking what only the whole file shows: a code used twice, a category or content whose name
 * differs between its rows, a content code under two categories.
 */
export function assembleCategories(rows: readonly ParsedCriterionRow[], problems: ProblemList): CategoryData[] {
  const categories = new Map<string, Seen<CategoryData>>();
  const contents = new Map<string, Seen<ContentData & { categoryCode: string }>>();
  const criteria = new Map<string, CriterionRecord>();
  for (const row of rows) {
    const { record } = row;
    let category: Seen<CategoryData> | undefined;
    if (row.categoryCode && row.categoryName) {
      category = categories.get(row.categoryCode);
      if (!category) categories.set(row.categoryCode, (category = { code: row.categoryCode, name: row.categoryName, contents: [], record }));
      else if (category.name !== row.categoryName) {
        problems.add(
          record.locate("categoryName"),
          `测评项目“${row.categoryCode}”的名称与${category.record.label}不一致：“${row.categoryName}”≠“${category.name}”。`,
        );
      }
    }
    let content: Seen<ContentData & { categoryCode: string }> | undefined;
    if (row.contentCode && row.contentName && row.categoryCode) {
      content = contents.get(row.contentCode);
      if (!content) {
        contents.set(row.contentCode, (content = { code: row.contentCode, name: row.contentName, criteria: [], categoryCode: row.categoryCode, record }));
        category?.contents.push(content);
      } else if (content.categoryCode !== row.categoryCode) {
        problems.add(record.locate("contentCode"), `测评内容编码重复：“${row.contentCode}”已在${content.record.label}用于测评项目“${content.categoryCode}”。`);
      } else if (content.name !== row.contentName) {
        problems.add(
          record.locate("contentName"),
          `测评内容“${row.contentCode}”的名称与${content.record.label}不一致：“${row.contentName}”≠“${content.name}”。`,
        );
      }
    }
    if (row.code) {
      const first = criteria.get(row.code);
      if (first) problems.add(record.locate("code"), `测评标准编码重复：“${row.code}”已在${first.label}使用。`);
      else criteria.set(row.code, record);
    }
    if (row.criterion && content) content.criteria.push(row.criterion);
  }
  return [...categories.values()].map(({ code, name, contents: list }) => ({
    code,
    name,
    contents: list.map((item) => ({ code: item.code, name: item.name, criteria: item.criteria })),
  }));
}
