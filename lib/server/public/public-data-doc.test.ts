import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMED_SCHEMAS, fieldsOf } from "./dto-fields";

// docs/public-data.md decides every public field; a field added to a DTO without a line there (or a
// line left for a field that went) fails here.
const doc = fs.readFileSync(path.resolve("docs/public-data.md"), "utf8");

function documented(): Map<string, { field: string; decision: string }[]> {
  const tables = new Map<string, { field: string; decision: string }[]>();
  let current: string | null = null;
  for (const line of doc.split("\n")) {
    const heading = /^###\s+(\w+)/.exec(line);
    if (heading) current = heading[1];
    else if (/^##\s/.test(line)) current = line.includes("Withheld") ? "Withheld" : null;
    const row = /^\|\s*`([^`]+)`\s*\|\s*(\w+)\s*\|/.exec(line);
    if (row && current) tables.set(current, [...(tables.get(current) ?? []), { field: row[1], decision: row[2] }]);
  }
  return tables;
}

describe("docs/public-data.md", () => {
  const tables = documented();

  it.each(Object.keys(NAMED_SCHEMAS) as (keyof typeof NAMED_SCHEMAS)[])("lists exactly the fields of %s, each shown", (name) => {
    const rows = tables.get(name) ?? [];
    expect(rows.map((row) => row.field).toSorted()).toEqual(fieldsOf(name).toSorted());
    expect(rows.every((row) => row.decision === "shown")).toBe(true);
  });

  it("has no other table of shown fields", () => {
    expect([...tables.keys()].toSorted()).toEqual([...Object.keys(NAMED_SCHEMAS), "Withheld"].toSorted());
  });

  it("withholds names no public schema carries", () => {
    const withheld = (tables.get("Withheld") ?? []).map((row) => row.field);
    expect(withheld.length).toBeGreaterThan(5);
    const everyKey = Object.keys(NAMED_SCHEMAS).flatMap((name) =>
      fieldsOf(name as keyof typeof NAMED_SCHEMAS).flatMap((field) => field.split(" → ")[0].replace(/\[\]/g, "").split(".")),
    );
    for (const name of withheld) expect(everyKey).not.toContain(name);
  });
});
