import { parseArgs } from "node:util";
import { parseBusinessDate } from "@/lib/domain/dates";

export type ScaleOptions = {
  cities: number;
  /** Per city: bureaus and street offices. */
  departments: number;
  /** Per city. */
  sites: number;
  /** Weekly rounds per city, the latest ending before `today`. */
  rounds: number;
  seed: string;
  /** The province's code; every city slug and account name is derived from it. */
  province: string;
  reset: boolean;
  /** Whether every closed round gets its RoundScore from the engine, as closing a round does. */
  scores: boolean;
  /** The day the data set is seeded "on" (Shanghai): rounds end before it. */
  today: string;
};

/** A province of 14 nominated cities with a year of weekly rounds: about 2 million checks. */
export const POSTGRES_DEFAULTS = { cities: 14, departments: 80, sites: 1000, rounds: 52 } as const;
/** The embedded database is one in-process session: a smaller set by default. */
export const EMBEDDED_DEFAULTS = { cities: 2, departments: 20, sites: 100, rounds: 8 } as const;

export const DEFAULT_SEED = "chuangwen-scale";
export const DEFAULT_PROVINCE = "SCALE";

function count(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new Error(`--${name} 应为 ${min} 到 ${max} 之间的整数 (got ${value})`);
  return parsed;
}

/** Reads `npm run seed:scale -- …`; throws a message naming the option on bad input. */
export function parseScaleOptions(argv: readonly string[], context: { embedded: boolean; today: string }): ScaleOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      cities: { type: "string" },
      departments: { type: "string" },
      sites: { type: "string" },
      rounds: { type: "string" },
      seed: { type: "string" },
      province: { type: "string" },
      today: { type: "string" },
      reset: { type: "boolean", default: false },
      "no-scores": { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const defaults = context.embedded ? EMBEDDED_DEFAULTS : POSTGRES_DEFAULTS;
  const province = values.province ?? DEFAULT_PROVINCE;
  if (!/^[A-Z0-9][A-Z0-9-]{0,31}$/.test(province)) throw new Error(`--province 应为大写字母、数字和连字符 (got ${province})`);
  const today = values.today ?? context.today;
  try {
    parseBusinessDate(today);
  } catch {
    throw new Error(`--today 应为 YYYY-MM-DD (got ${today})`);
  }
  return {
    cities: count("cities", values.cities, defaults.cities, 1, 99),
    // A city needs at least one bureau and one street office.
    departments: count("departments", values.departments, defaults.departments, 2, 999),
    sites: count("sites", values.sites, defaults.sites, 1, 99_999),
    rounds: count("rounds", values.rounds, defaults.rounds, 1, 520),
    seed: values.seed ?? DEFAULT_SEED,
    province,
    reset: values.reset ?? false,
    scores: !values["no-scores"],
    today,
  };
}
