import { describe, expect, it } from "vitest";
import { EMBEDDED_DEFAULTS, parseScaleOptions, POSTGRES_DEFAULTS } from "./options";

const today = "2026-12-03";

describe("parseScaleOptions", () => {
  it("takes the province-sized defaults on PostgreSQL and smaller ones on the embedded database", () => {
    expect(parseScaleOptions([], { embedded: false, today })).toMatchObject({ ...POSTGRES_DEFAULTS, province: "SCALE", reset: false, scores: true, today });
    expect(parseScaleOptions([], { embedded: true, today })).toMatchObject(EMBEDDED_DEFAULTS);
  });

  it("reads every option", () => {
    const argv = [
      "--cities",
      "2",
      "--departments",
      "5",
      "--sites",
      "10",
      "--rounds",
      "2",
      "--seed",
      "s1",
      "--province",
      "SCALE-T1",
      "--reset",
      "--no-scores",
      "--today",
      "2026-06-30",
    ];
    expect(parseScaleOptions(argv, { embedded: false, today })).toEqual({
      cities: 2,
      departments: 5,
      sites: 10,
      rounds: 2,
      seed: "s1",
      province: "SCALE-T1",
      reset: true,
      scores: false,
      today: "2026-06-30",
    });
  });

  it("refuses bad numbers, codes, dates and unknown options with the option's name", () => {
    expect(() => parseScaleOptions(["--cities", "0"], { embedded: false, today })).toThrow(/--cities/);
    expect(() => parseScaleOptions(["--sites", "1.5"], { embedded: false, today })).toThrow(/--sites/);
    expect(() => parseScaleOptions(["--departments", "1"], { embedded: false, today })).toThrow(/--departments/);
    expect(() => parseScaleOptions(["--province", "gs"], { embedded: false, today })).toThrow(/--province/);
    expect(() => parseScaleOptions(["--today", "2026-13-01"], { embedded: false, today })).toThrow(/--today/);
    expect(() => parseScaleOptions(["--city", "2"], { embedded: false, today })).toThrow(/city/);
  });
});
