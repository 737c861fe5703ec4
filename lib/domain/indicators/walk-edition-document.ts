import type { ProblemList, ProblemLocation } from "@/lib/domain/tabular-import/import-problem";
import type { CriterionRecord } from "./parse-criterion-row";
import type { CriterionField } from "./workbook-layout";

const CATEGORY_KEYS = ["code", "name", "contents"];
const CONTENT_KEYS = ["code", "name", "criteria"];
/** A criterion's fields in the document, by the workbook column they fill. */
const CRITERION_PATHS: Record<CriterionField, string> = {
  categoryCode: "code",
  categoryName: "name",
  contentCode: "code",
  contentName: "name",
  code: "code",
  name: "name",
  description: "description",
  points: "points",
  method: "method",
  rubricKind: "rubric.kind",
  rubricParams: "rubric",
  siteTypes: "site_types",
  lead: "lead",
  co: "co",
  veto: "veto",
  onlineRule: "online_submission_rule",
  rectificationDays: "rectification_days",
};
const CRITERION_KEYS = [
  "code",
  "name",
  "description",
  "points",
  "method",
  "rubric",
  "site_types",
  "lead",
  "co",
  "veto",
  "online_submission_rule",
  "rectification_days",
];

type Node = Record<string, unknown>;
const isMap = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Walks `categories → contents → criteria` and turns every criterion into a record shaped like a
 * workbook row, so that both formats are validated by the same rules. Structure problems
 * (missing lists, unknown keys, a code used by two nodes that would otherwise merge) are added here.
 */
export function walkEditionDocument(categories: unknown, sheet: string, problems: ProblemList): CriterionRecord[] {
  const at = (column: string, row: number | null = null): ProblemLocation => ({ sheet, row, column });
  const list = (value: unknown, path: string, what: string): unknown[] => {
    if (Array.isArray(value) && value.length > 0) return value;
    problems.add(at(path), value === undefined ? `缺少 ${path}：至少要有一个${what}。` : `${path} 应为非空列表（${what}）。`);
    return [];
  };
  const node = (value: unknown, path: string, keys: readonly string[], row: number | null = null): Node | undefined => {
    if (!isMap(value)) {
      problems.add(at(path, row), `${path} 应为对象（含 ${keys.join("、")}）。`);
      return undefined;
    }
    for (const key of Object.keys(value).filter((key) => !keys.includes(key))) {
      problems.add(at(`${path}.${key}`, row), `未知字段“${key}”，可用字段：${keys.join("、")}。`);
    }
    return value;
  };
  const records: CriterionRecord[] = [];
  const categoryPaths = new Map<string, string>();
  list(categories, "categories", "测评项目").forEach((categoryValue, i) => {
    const categoryPath = `categories[${i}]`;
    const category = node(categoryValue, categoryPath, CATEGORY_KEYS);
    if (!category) return;
    noteDuplicate(categoryPaths, category.code, `${categoryPath}.code`, "测评项目编码", at, problems);
    const contentPaths = new Map<string, string>();
    list(category.contents, `${categoryPath}.contents`, "测评内容").forEach((contentValue, j) => {
      const contentPath = `${categoryPath}.contents[${j}]`;
      const content = node(contentValue, contentPath, CONTENT_KEYS);
      if (!content) return;
      noteDuplicate(contentPaths, content.code, `${contentPath}.code`, "测评内容编码", at, problems);
      list(content.criteria, `${contentPath}.criteria`, "测评标准").forEach((criterionValue, k) => {
        const path = `${contentPath}.criteria[${k}]`;
        const index = records.length + 1;
        const criterion = node(criterionValue, path, CRITERION_KEYS, index);
        if (!criterion) return;
        const rubric = isMap(criterion.rubric) ? criterion.rubric : undefined;
        if (criterion.rubric !== undefined && !rubric) problems.add(at(`${path}.rubric`, index), "rubric 应为对象，如 {kind: DEDUCT, perFinding: 0.5}。");
        const owners: Partial<Record<CriterionField, [Node, string]>> = {
          categoryCode: [category, categoryPath],
          categoryName: [category, categoryPath],
          contentCode: [content, contentPath],
          contentName: [content, contentPath],
        };
        records.push({
          label: `第 ${index} 条测评标准（${path}）`,
          value: (key) => {
            const [owner] = owners[key] ?? [criterion];
            if (key === "rubricKind") return rubric?.kind;
            if (key === "rubricParams") return rubric ? Object.fromEntries(Object.entries(rubric).filter(([name]) => name !== "kind")) : {};
            return owner[CRITERION_PATHS[key]];
          },
          // A category's or content's field belongs to that node, not to one of its criteria.
          locate: (key) => (owners[key] ? at(`${owners[key][1]}.${CRITERION_PATHS[key]}`) : at(`${path}.${CRITERION_PATHS[key]}`, index)),
        });
      });
    });
  });
  return records;
}

function noteDuplicate(seen: Map<string, string>, code: unknown, path: string, what: string, at: (column: string) => ProblemLocation, problems: ProblemList) {
  if (typeof code !== "string" && typeof code !== "number") return;
  const key = String(code).trim();
  const first = seen.get(key);
  if (first) problems.add(at(path), `${what}重复：“${key}”已在 ${first} 使用。`);
  else if (key) seen.set(key, path);
}
