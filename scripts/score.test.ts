import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// End to end: the auditor's calculator as a separate process, on hand-computed fixtures.
const root = path.resolve(import.meta.dirname, "..");
const fixtures = path.join(root, "tests/fixtures/scoring");

function score(args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/score.ts", ...args], {
    cwd: root,
    input: stdin,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (name: string) => readFileSync(path.join(fixtures, name), "utf8");

describe("npm run score", { timeout: 30_000 }, () => {
  it.each(["round-basic", "round-veto-ties"])("prints the hand-computed result of %s", (name) => {
    const result = score([path.join(fixtures, `${name}.input.json`)]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(read(`${name}.expected.json`)));
  });

  it("prints the fields in the documented order", () => {
    const output = JSON.parse(score([path.join(fixtures, "round-basic.input.json")]).stdout);
    expect(Object.keys(output)).toEqual(["cityScore", "vetoed", "criteria", "departments", "redList", "blackList"]);
    expect(Object.keys(output.criteria[0])).toEqual(["code", "assessed", "earned", "possible"]);
    expect(Object.keys(output.departments[0])).toEqual([
      "name",
      "inspectionScore",
      "rectificationRate",
      "ledgerCompleteness",
      "composite",
      "rank",
      "overdueOpen",
    ]);
  });

  it("reads standard input with -", () => {
    const result = score(["-"], read("round-veto-ties.input.json"));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(read("round-veto-ties.expected.json")));
  });

  it("exits 2 naming the bad field on invalid input", () => {
    const result = score([path.join(fixtures, "invalid-per-finding.input.json")]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("criteria[1].rubric.perFinding");
  });

  it("exits 2 on a grade not in the map, read from stdin", () => {
    const input = JSON.parse(read("round-veto-ties.input.json"));
    input.checks[2].outcome = { grade: "A" };
    const result = score(["-"], JSON.stringify(input));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("checks[2].outcome.grade");
  });

  it("exits 2 on a file that cannot be read, on text that is not JSON, and without an argument", () => {
    expect(score([path.join(fixtures, "missing.json")]).status).toBe(2);
    const notJson = score(["-"], "{ criteria: ");
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/not valid JSON/);
    expect(score([]).status).toBe(2);
  });
});
