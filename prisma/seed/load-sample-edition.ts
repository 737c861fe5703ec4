import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { parseEditionTree, type EditionSource, type EditionTree } from "./edition-source";

// The sample lives inside the project so that it runs without the shared folder beside it.
export function sampleEditionPath(): string {
  return path.join(process.cwd(), "prisma", "seed", "data", "indicator-system.sample.yaml");
}

/** The sample YAML as written (checked against the schema), for `createEditionFromTree`. */
export function readSampleEditionSource(file = sampleEditionPath()): EditionSource {
  const source = parse(fs.readFileSync(file, "utf8")) as EditionSource;
  parseEditionTree(source);
  return source;
}

export function parseEditionYaml(text: string): EditionTree {
  return parseEditionTree(parse(text));
}

export function loadSampleEdition(file = sampleEditionPath()): EditionTree {
  return parseEditionYaml(fs.readFileSync(file, "utf8"));
}
