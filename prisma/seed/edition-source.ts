import type { CriterionData, EditionData } from "@/lib/domain/indicators/edition-data";
import type { EditionDocument } from "@/lib/domain/indicators/edition-document";
import { editionFromObject } from "@/lib/domain/indicators/read-edition-document";

// The seed and the test factories read indicator systems written by hand (the sample YAML,
// fixtures) with the very parser the import uses, so both accept and reject the same files.

/** An indicator system as written in YAML: `{ edition, code, categories: [{ contents: [{ criteria }] }] }`. */
export type EditionSource = EditionDocument;
/** The validated tree, criteria shaped like Criterion rows (points as decimal strings). */
export type EditionTree = EditionData;
export type CriterionNode = CriterionData;

/** The validated tree; throws an Error listing every problem of the source. */
export function parseEditionTree(source: unknown): EditionTree {
  return editionFromObject(source);
}
