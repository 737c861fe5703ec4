import fs from "node:fs";
import path from "node:path";

// Every use case of the app, found in the source itself: each `defineUseCase({ name: "…",
// permission: "…" })` under lib/ and app/. Read from the text rather than imported, so a new
// use case is registered the moment its file exists, and nobody edits a list by hand.

export type RegisteredUseCase = { name: string; permission: string | null; file: string };

const ROOTS = ["lib", "app"];
const SKIPPED = new Set(["node_modules", "generated"]);

export function sourceFiles(root: string, dirs: readonly string[] = ROOTS): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return files.sort();
}

/** The use cases, plus the calls whose name is not a string literal (they must be fixed, not guessed). */
export function registeredUseCases(root = process.cwd()): { useCases: RegisteredUseCase[]; unreadable: string[] } {
  const useCases: RegisteredUseCase[] = [];
  const unreadable: string[] = [];
  for (const full of sourceFiles(root)) {
    const text = fs.readFileSync(full, "utf8");
    const file = path.relative(root, full);
    for (const call of text.matchAll(/\bdefineUseCase\s*(?:<[^>]*>)?\(\s*\{/g)) {
      const head = text.slice(call.index, call.index + 600);
      const name = /\bname:\s*"([^"]+)"/.exec(head)?.[1];
      if (!name) unreadable.push(file);
      else useCases.push({ name, permission: /\bpermission:\s*"([^"]+)"/.exec(head)?.[1] ?? null, file });
    }
  }
  return { useCases, unreadable };
}

/** A row covers a use case when its action is the name, or the name followed by " (variant)". */
export function useCasesWithoutRow(useCases: readonly RegisteredUseCase[], rowActions: readonly string[]): RegisteredUseCase[] {
  const covered = (name: string) => rowActions.some((action) => action === name || action.startsWith(`${name} (`));
  return useCases.filter((useCase) => !covered(useCase.name));
}

export function missingRowsMessage(missing: readonly RegisteredUseCase[]): string {
  const list = missing.map(({ name, file }) => `  - ${name}   (${file})`).join("\n");
  return [
    `${missing.length} use case(s) have no scope-matrix row:`,
    list,
    'Add a row { action: "<use-case name>", run, expect } for each to a rows file in tests/integration/matrix/',
    "(your area's <area>-rows.ts; a new file is listed in ROWS in tests/integration/scope-matrix.test.ts).",
    "See docs/ARCHITECTURE.md, 'The scope matrix covers every use case'.",
  ].join("\n");
}
