import { db } from "@/lib/db";
import { parseScaleOptions } from "./options";
import { progressOn } from "./progress";
import { ScaleProvinceExists, SCALE_PASSWORD, seedScaleProvince } from "./seed-scale-province";
import { scaleEmail } from "./write-city";

/** Parses the options, seeds and prints the summary; the exit code (2 for refused input). */
export async function runSeedScale(argv: readonly string[], context: { embedded: boolean; today: string }): Promise<number> {
  let options;
  try {
    options = parseScaleOptions(argv, context);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const started = performance.now();
  process.stderr.write(
    `seed:scale ${options.province}: ${options.cities} cities × ${options.departments} departments × ${options.sites} sites, ${options.rounds} weekly rounds before ${options.today}, seed ${options.seed}\n`,
  );
  try {
    // Two writers keep both a small machine's cores busy on PostgreSQL; the embedded database is one session.
    const writers = context.embedded ? 1 : 2;
    const result = await seedScaleProvince(db(), options, (label, total) => progressOn(process.stderr, label, total), writers);
    const seconds = (performance.now() - started) / 1000;
    const width = Math.max(...Object.keys(result.rows).map((table) => table.length));
    const lines = Object.entries(result.rows).map(([table, count]) => `  ${table.padEnd(width)}  ${String(count).padStart(10)}`);
    const total = Object.values(result.rows).reduce((sum, count) => sum + count, 0);
    process.stdout.write(
      [
        `seed:scale done in ${seconds.toFixed(1)} s: province ${options.province}, ${total} rows (${(total / seconds / 1000).toFixed(1)}k rows/s)`,
        ...lines,
        `accounts: ${scaleEmail(options.province, "supervisor")}, ${scaleEmail(options.province, "office.c01")} … password ${SCALE_PASSWORD}`,
        "",
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    if (error instanceof ScaleProvinceExists) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
