// Number formats and a plain table for the public bench's printout.

/** Bytes as kB (1 kB = 1,000 bytes, the unit Next's build output and the issue use), one decimal. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** `value / of` to two decimals with a ×, or "—" when the divisor is zero or missing. */
export function formatRatio(value: number, of: number | undefined): string {
  if (!of || !Number.isFinite(value / of)) return "—";
  return `${(value / of).toFixed(2)}×`;
}

/** A score of Lighthouse (0–1, or null when the category could not run) on its 0–100 scale. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? "—" : String(Math.round(score * 100));
}

/** Rows under a header, the first column left-aligned and the others right-aligned. */
export function formatColumns(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    widths
      .map((width, i) => (i === 0 ? (cells[i] ?? "").padEnd(width) : (cells[i] ?? "").padStart(width)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
