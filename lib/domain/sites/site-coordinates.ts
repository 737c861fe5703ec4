// Coordinates are stored as DECIMAL(9,6) and travel as decimal strings (never floats), like every
// other decimal of the API. One parser for the form, the API and the import.

export type CoordinateKind = "longitude" | "latitude";

const LIMIT: Record<CoordinateKind, number> = { longitude: 180, latitude: 90 };
const LABEL: Record<CoordinateKind, string> = { longitude: "经度", latitude: "纬度" };
const DECIMAL = /^[+-]?\d{1,3}(\.\d{1,6})?$/;

/** The canonical decimal text of a coordinate, or the message saying what is wrong with it. */
export function parseCoordinate(raw: string | number, kind: CoordinateKind): { value: string } | { message: string } {
  const text = typeof raw === "number" ? (Number.isFinite(raw) ? roundToSix(raw) : "") : raw.trim();
  if (!DECIMAL.test(text)) return { message: `${LABEL[kind]}应为十进制数，最多 6 位小数，如 ${kind === "longitude" ? "116.397128" : "39.916527"}` };
  const [whole, fraction = ""] = text.replace(/^\+/, "").split(".");
  const value = fraction ? `${whole}.${fraction}` : whole;
  if (Math.abs(Number(value)) > LIMIT[kind]) return { message: `${LABEL[kind]}应在 -${LIMIT[kind]} 到 ${LIMIT[kind]} 之间` };
  return { value: normalize(value) };
}

// A number cell in Excel (116.3971284) becomes text rounded to the column's six places.
function roundToSix(value: number): string {
  return normalize(value.toFixed(6));
}

function normalize(text: string): string {
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace(/^-/, "").split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const body = `${String(Number(whole))}${trimmed ? `.${trimmed}` : ""}`;
  return negative && body !== "0" ? `-${body}` : body;
}
