import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, scopeOf } from "@/lib/auth/permissions";
import { countEdition, sumPoints } from "@/lib/domain/indicators/edition-data";
import { explainRubric } from "@/lib/domain/indicators/explain-rubric";
import { notFound } from "@/lib/errors";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import type { EditionTreeView } from "@/lib/validation/indicators";
import { editionFieldsOf } from "./edition-fields";

/** A city the actor may read, or 404 (another province's city does not exist for them). */
async function assertCityReadable(actor: Actor, cityId: string) {
  const scope = scopeOf(actor, "read:city");
  const city = scope ? await db().city.findFirst({ where: { AND: [{ id: cityId }, cityScopeWhere(actor, scope)] }, select: { id: true } }) : null;
  if (!city) throw notFound("城市");
}

/**
 * An edition's tree (categories → contents → criteria) with totals per level and each rubric in
 * plain Chinese. With `cityId`, the city's local criteria are included beside the edition's own.
 */
export async function getEditionOrThrow(actor: Actor, id: string, options: { cityId?: string } = {}): Promise<EditionTreeView> {
  assertCan(actor, "read:edition");
  if (options.cityId) await assertCityReadable(actor, options.cityId);
  const edition = await db().indicatorEdition.findFirst({
    where: { id, deletedAt: null },
    include: {
      categories: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }] },
      contents: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }] },
      criteria: {
        where: { OR: [{ cityId: null }, ...(options.cityId ? [{ cityId: options.cityId }] : [])] },
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      },
    },
  });
  if (!edition) throw notFound("测评体系");
  const criteria = edition.criteria.map((criterion) => {
    const node = {
      id: criterion.id,
      cityId: criterion.cityId,
      code: criterion.code,
      name: criterion.name,
      description: criterion.description,
      points: criterion.points.toString(),
      method: criterion.method,
      rubricKind: criterion.rubricKind,
      rubricParams: (criterion.rubricParams ?? {}) as Record<string, unknown>,
      siteTypeNames: criterion.siteTypeNames,
      leadDepartmentName: criterion.leadDepartmentName,
      coDepartmentNames: criterion.coDepartmentNames,
      isVeto: criterion.isVeto,
      onlineSubmissionRule: criterion.onlineSubmissionRule,
      rectificationDays: criterion.rectificationDays,
    };
    return { contentId: criterion.contentId, node: { ...node, rubricText: explainRubric(node) } };
  });
  const categories = edition.categories.map((category) => {
    const contents = edition.contents
      .filter((content) => content.categoryId === category.id)
      .map((content) => {
        const own = criteria.filter((criterion) => criterion.contentId === content.id).map((criterion) => criterion.node);
        return { id: content.id, code: content.code, name: content.name, points: sumPoints(own), criteriaCount: own.length, criteria: own };
      });
    const all = contents.flatMap((content) => content.criteria);
    return { id: category.id, code: category.code, name: category.name, points: sumPoints(all), criteriaCount: all.length, contents };
  });
  return {
    ...editionFieldsOf(edition),
    counts: countEdition({ categories }),
    categories,
  };
}
