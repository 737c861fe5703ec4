export type SearchParams = Record<string, string | string[] | undefined>;

/** One trimmed query parameter, or undefined when absent or empty. */
export function param(searchParams: SearchParams, name: string): string | undefined {
  const raw = searchParams[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** A parameter that must be one of the allowed values. */
export function enumParam<T extends string>(searchParams: SearchParams, name: string, allowed: readonly T[]): T | undefined {
  const value = param(searchParams, name);
  return allowed.find((candidate) => candidate === value);
}

export function pageParam(searchParams: SearchParams): number {
  const page = Number(param(searchParams, "page"));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export const PAGE_SIZE = 20;
