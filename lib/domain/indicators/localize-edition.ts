import type { CriterionData, EditionData } from "./edition-data";
import { ALL_STREETS_NAME } from "./labels";

/** A city's responsible department for one criterion, as resolved when it adopted the edition. */
export type CityResponsibility = { departmentId: string; name: string; role: "LEAD" | "CO"; isStreetOffice: boolean; sortOrder: number };
/** A city's localization of one criterion (CityCriterionSetting and CityCriterionDepartment rows). */
export type CriterionLocalization = { isExcluded: boolean; rectificationDays: number | null; responsibilities: CityResponsibility[] };

/**
 * The names of one role's departments; when every street office of the city (at least two)
 * has the role, they are written as the group 各街道办事处, as an edition writes them.
 */
function namesFor(responsibilities: CityResponsibility[], role: "LEAD" | "CO", streetOfficeCount: number): string[] {
  const mine = responsibilities.filter((r) => r.role === role).sort((a, b) => a.sortOrder - b.sortOrder || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const streets = mine.filter((r) => r.isStreetOffice);
  if (streetOfficeCount < 2 || streets.length < streetOfficeCount) return mine.map((r) => r.name);
  const others = mine.filter((r) => !r.isStreetOffice).map((r) => r.name);
  return role === "LEAD" && others.length > 0 ? [...others, ALL_STREETS_NAME] : [ALL_STREETS_NAME, ...others];
}

function localizeCriterion(criterion: CriterionData, localization: CriterionLocalization | undefined, streetOfficeCount: number): CriterionData {
  if (!localization) return criterion;
  const days = localization.rectificationDays ?? criterion.rectificationDays;
  if (localization.responsibilities.length === 0) return { ...criterion, rectificationDays: days };
  // The file has one lead column: a second lead the city named is kept as the first co-department.
  const [lead = null, ...otherLeads] = namesFor(localization.responsibilities, "LEAD", streetOfficeCount);
  const co = [...otherLeads, ...namesFor(localization.responsibilities, "CO", streetOfficeCount)];
  return { ...criterion, leadDepartmentName: lead, coDepartmentNames: [...new Set(co)], rectificationDays: days };
}

/**
 * A city's adopted, localized version of an edition: the city's own departments and deadlines
 * where it changed them, its excluded criteria left out (and levels left empty dropped), under
 * its own code and name so that it can be imported as an edition of its own.
 */
export function localizeEdition(
  edition: EditionData,
  byCode: ReadonlyMap<string, CriterionLocalization>,
  { code, name, streetOfficeCount }: { code: string; name: string; streetOfficeCount: number },
): EditionData {
  const categories = edition.categories
    .map((category) => ({
      ...category,
      contents: category.contents
        .map((content) => ({
          ...content,
          criteria: content.criteria
            .filter((criterion) => !byCode.get(criterion.code)?.isExcluded)
            .map((criterion) => localizeCriterion(criterion, byCode.get(criterion.code), streetOfficeCount)),
        }))
        .filter((content) => content.criteria.length > 0),
    }))
    .filter((category) => category.contents.length > 0);
  return { ...edition, code, name, categories };
}
