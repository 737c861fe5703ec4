import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  blankToNull,
  blankToUndefined,
  businessDateSchema,
  findControlCharacters,
  hasControlCharacters,
  idSchema,
  multiLineText,
  singleLineText,
} from "./primitives";

const printable = fc.string({ unit: "grapheme", maxLength: 40 }).filter((value) => !/[\u0000-\u001f\u007f-\u009f]/.test(value));

describe("singleLineText", () => {
  it("refuses every control character, tab and newline included", () => {
    for (const bad of ["a\u0000b", "a\tb", "a\nb", "a\rb", "\u001b[31m", "a\u007f", "a\u0085b"]) {
      expect(singleLineText().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(singleLineText().parse("  市城管局  ")).toBe("市城管局");
  });

  it("refuses any string that contains NUL", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (before, after) => {
        expect(singleLineText().safeParse(`${before}\u0000${after}`).success).toBe(false);
        expect(multiLineText().safeParse(`${before}\u0000${after}`).success).toBe(false);
      }),
    );
  });

  it("accepts any printable string", () => {
    fc.assert(
      fc.property(printable, (value) => {
        expect(singleLineText().parse(value)).toBe(value.trim());
        expect(multiLineText().parse(value)).toBe(value.trim());
      }),
    );
  });
});

describe("multiLineText", () => {
  it("keeps tab, newline and carriage return and refuses the other control characters", () => {
    expect(multiLineText().parse("第一行\r\n第二行\t完")).toBe("第一行\r\n第二行\t完");
    for (const bad of ["a\u0000b", "a\u0008b", "a\u000bb", "a\u000cb", "a\u001fb", "a\u007fb", "a\u009fb"]) {
      expect(multiLineText().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("findControlCharacters", () => {
  it("names the path of every offending string in objects and arrays, keys included", () => {
    const input = { name: "ok", title: "a\u0000", rows: [{ cell: "fine\n" }, { cell: "x\u0001" }], nested: { deep: ["\u0085"] }, ["k\u0000"]: 1 };
    expect(findControlCharacters(input)).toEqual(["k\u0000", "nested.deep.0", "rows.1.cell", "title"]);
    expect(findControlCharacters("\u0000")).toEqual([""]);
    expect(findControlCharacters({ text: "多行\r\n\t文本" })).toEqual([]);
  });

  it("skips bytes, dates and numbers, and survives a very deep value", () => {
    expect(findControlCharacters({ bytes: new Uint8Array([0, 1, 2]), at: new Date(), n: 0 })).toEqual([]);
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findControlCharacters(deep)).toHaveLength(1);
  });

  it("finds NUL wherever it is put", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 4 }), (before, after, keys) => {
        let value: unknown = `${before}\u0000${after}`;
        for (const key of keys) value = { [key]: value };
        expect(findControlCharacters(value)).toEqual([keys.toReversed().join(".")]);
      }),
    );
  });

  it("agrees with hasControlCharacters on a single string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        expect(findControlCharacters(value).length > 0).toBe(hasControlCharacters(value, { multiLine: true }));
      }),
    );
  });
});

describe("idSchema, businessDateSchema, blankToNull", () => {
  it("ids are trimmed, 1 to 64 characters, with no control character", () => {
    expect(idSchema.parse(" abc ")).toBe("abc");
    for (const bad of ["", "a".repeat(65), "a\u0000"]) expect(idSchema.safeParse(bad).success).toBe(false);
  });

  it("business dates are real calendar days", () => {
    expect(businessDateSchema.parse("2028-02-29")).toBe("2028-02-29");
    for (const bad of ["2026-02-30", "2026-13-01", "2026-1-1", "20260101", "2026-02-28T00:00"]) expect(businessDateSchema.safeParse(bad).success).toBe(false);
  });

  it("a blank input is null, an omitted one undefined", () => {
    const schema = blankToNull(singleLineText().max(5));
    expect(schema.parse("  ")).toBeNull();
    expect(schema.parse(undefined)).toBeUndefined();
    expect(schema.parse(" ab ")).toBe("ab");
    expect(schema.safeParse("abcdefg").success).toBe(false);
  });

  it("a blank input counts as left out where blank means 'not given' (multipart forms send \"\")", () => {
    const schema = blankToUndefined(idSchema);
    expect(schema.parse("")).toBeUndefined();
    expect(schema.parse(" \t")).toBeUndefined();
    expect(schema.parse(undefined)).toBeUndefined();
    expect(schema.parse(" d1 ")).toBe("d1");
    expect(schema.safeParse(null).success).toBe(false);
  });
});
