import { db } from "@/lib/db";
import { replaceEditionMapping } from "@/lib/server/edition-mappings/replace-edition-mapping";
import { importEdition } from "@/lib/server/indicators/import/import-edition";
import { createEditionFromTree } from "@/tests/factories/edition";
import { SECOND_YAML, readEditionYaml, uniqueCode, withCode, yamlFileOf } from "@/tests/fixtures/editions/edition-files";
import { ANY, grants, type MatrixRow } from "./types";

// Editions are shared by every city (the "any" scope): where the actor sits does not matter,
// only whether its role may import editions and map one to the next.

const EDITORS = { SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: ANY };

export const editionRows: MatrixRow[] = [
  {
    action: "edition.import",
    run: (actor) => importEdition(actor, { file: yamlFileOf(withCode(readEditionYaml(SECOND_YAML), uniqueCode("MX"))) }),
    expect: grants(EDITORS),
  },
  {
    action: "edition-mapping.replace",
    run: async (actor) => {
      const [from, to] = [await createEditionFromTree(db()), await createEditionFromTree(db())];
      const code = from.criteria[0].code;
      return replaceEditionMapping(actor, { fromEditionId: from.edition.id, toEditionId: to.edition.id, rows: [{ kind: "ONE_TO_ONE", from: code, to: code }] });
    },
    expect: grants(EDITORS),
  },
];
