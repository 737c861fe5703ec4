import { AppError } from "@/lib/errors";

/** Where a problem is: a sheet (or "YAML"/"JSON"), a 1-based row and a column header (or field path). */
export type ProblemLocation = { sheet: string; row: number | null; column: string | null };
export type ImportProblem = ProblemLocation & { message: string };

// A garbage file could produce tens of thousands of problems; the first ones are enough to act on.
const MAX_LISTED = 1000;

/** Collects every problem of a file, so that all of them are reported at once. */
export class ProblemList {
  private readonly items: ImportProblem[] = [];
  private readonly keys = new Set<string>();

  /** `sheetOrder`: the sheets in the order a reader expects them (others follow as they appear). */
  constructor(private readonly sheetOrder: readonly string[] = []) {}

  /** Adds a problem; the very same problem at the very same place is listed once. */
  add(location: ProblemLocation, message: string): void {
    const key = JSON.stringify([location.sheet, location.row, location.column, message]);
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.items.push({ ...location, message });
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  /** How many problems so far: compare before and after a step to see whether it found any. */
  get count(): number {
    return this.items.length;
  }

  /** Sheet by sheet, rows ascending (sheet-level problems first), else in the order found. */
  list(): ImportProblem[] {
    const sheets = [...new Set([...this.sheetOrder, ...this.items.map((item) => item.sheet)])];
    const sorted = this.items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => sheets.indexOf(a.item.sheet) - sheets.indexOf(b.item.sheet) || (a.item.row ?? 0) - (b.item.row ?? 0) || a.index - b.index)
      .map(({ item }) => item);
    if (sorted.length <= MAX_LISTED) return sorted;
    const rest = sorted.length - MAX_LISTED;
    return [...sorted.slice(0, MAX_LISTED), { sheet: "", row: null, column: null, message: `另有 ${rest} 处问题未列出，请先修正以上问题。` }];
  }
}

/** 422 IMPORT_INVALID; `errors` is spread into the API envelope beside `error`. */
export function importInvalid(problems: ImportProblem[], message?: string): AppError {
  const summary = message ?? `文件中有 ${problems.length} 处问题，未导入任何数据。请修正后重新上传。`;
  return new AppError("IMPORT_INVALID", summary, 422, undefined, { errors: problems });
}
