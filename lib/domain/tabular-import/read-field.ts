import type { ProblemList, ProblemLocation } from "./import-problem";

/** A record to validate, from a sheet row or a document node: its raw values and their locations. */
export type SourceRecord<K extends string> = {
  value: (key: K) => unknown;
  locate: (key: K) => ProblemLocation;
  /** How messages refer to this record, e.g. "第 3 行". */
  label: string;
};

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };
export const accept = <T>(value: T): FieldResult<T> => ({ ok: true, value });
export const reject = (message: string): FieldResult<never> => ({ ok: false, message });

/** Parses one field; a rejection becomes a problem at that field, and the result is undefined. */
export function readField<K extends string, T>(
  record: SourceRecord<K>,
  key: K,
  parse: (value: unknown) => FieldResult<T>,
  problems: ProblemList,
): T | undefined {
  const result = parse(record.value(key));
  if (result.ok) return result.value;
  problems.add(record.locate(key), result.message);
  return undefined;
}
