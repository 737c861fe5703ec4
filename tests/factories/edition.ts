import { parseEditionTree, type EditionSource } from "@/prisma/seed/edition-source";
import { uniqueSuffix, type FactoryClient } from "./unique";

// A small edition for tests that need one: every method a check can have, 10 points in all.
const DEFAULT_SOURCE: EditionSource = {
  edition: "测试测评体系",
  code: "TEST",
  categories: [
    {
      code: "C01",
      name: "公共环境",
      contents: [
        {
          code: "C01-01",
          name: "道路街巷环境",
          criteria: [
            {
              code: "C01-01-1",
              name: "无乱扔乱贴",
              points: 4,
              method: "FIELD",
              site_types: ["主次干道"],
              rubric: { kind: "DEDUCT", perFinding: 0.5 },
              lead: "市城管局",
            },
            {
              code: "C01-01-2",
              name: "公益广告完好",
              points: 3,
              method: "FIELD",
              site_types: ["小区"],
              rubric: { kind: "PROPORTION" },
              lead: "市城管局",
              co: ["各街道办事处"],
            },
            { code: "C01-01-3", name: "年度工作方案", points: 3, method: "MATERIAL", rubric: { kind: "GRADED" }, lead: "市文明办" },
          ],
        },
      ],
    },
  ],
};

export type EditionOverrides = {
  /** The tree, written like the sample YAML; a small 10-point tree by default. */
  source?: EditionSource;
  /** Defaults to the source's code plus a unique suffix. */
  code?: string;
  name?: string;
  provinceId?: string | null;
  isLocked?: boolean;
};

/** An edition with its categories, contents and criteria: three batched inserts. */
export async function createEditionFromTree(client: FactoryClient, overrides: EditionOverrides = {}) {
  const tree = parseEditionTree(overrides.source ?? DEFAULT_SOURCE);
  const edition = await client.indicatorEdition.create({
    data: {
      code: overrides.code ?? `${tree.code}-${uniqueSuffix()}`,
      name: overrides.name ?? tree.name,
      description: tree.description,
      provinceId: overrides.provinceId ?? null,
      isLocked: overrides.isLocked ?? false,
    },
  });
  const editionId = edition.id;
  const categories = await client.indicatorCategory.createManyAndReturn({
    data: tree.categories.map(({ code, name }, sortOrder) => ({ editionId, code, name, sortOrder })),
  });
  const categoryIds = new Map(categories.map((category) => [category.code, category.id]));
  const contentNodes = tree.categories.flatMap((category) => category.contents.map((content) => ({ ...content, categoryId: categoryIds.get(category.code)! })));
  const contents = await client.indicatorContent.createManyAndReturn({
    data: contentNodes.map(({ code, name, categoryId }, sortOrder) => ({ editionId, categoryId, code, name, sortOrder })),
  });
  const contentIds = new Map(contents.map((content) => [content.code, content.id]));
  const criteria = await client.criterion.createManyAndReturn({
    data: contentNodes
      .flatMap((content) => content.criteria.map((criterion) => ({ ...criterion, editionId, contentId: contentIds.get(content.code)! })))
      .map((criterion, sortOrder) => ({ ...criterion, sortOrder, rubricParams: criterion.rubricParams as object })),
  });
  return { edition, categories, contents, criteria };
}
