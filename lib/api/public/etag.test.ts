import { describe, expect, it } from "vitest";
import { isNotModified, strongEtag } from "./etag";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("ETag", () => {
  it("is a strong, quoted hash of the bytes: the same bytes give the same tag, any change another", () => {
    const tag = strongEtag(bytes('{"items":[]}'));
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag(bytes('{"items":[]}'))).toBe(tag);
    expect(strongEtag(bytes('{"items":[1]}'))).not.toBe(tag);
  });

  it("If-None-Match matches the tag, a list holding it, its weak form and *", () => {
    const tag = strongEtag(bytes("a"));
    expect(isNotModified(tag, tag)).toBe(true);
    expect(isNotModified(`"other", ${tag}`, tag)).toBe(true);
    expect(isNotModified(`W/${tag}`, tag)).toBe(true);
    expect(isNotModified("*", tag)).toBe(true);
  });

  it("anything else is not a match", () => {
    const tag = strongEtag(bytes("a"));
    expect(isNotModified(null, tag)).toBe(false);
    expect(isNotModified("", tag)).toBe(false);
    expect(isNotModified(strongEtag(bytes("b")), tag)).toBe(false);
    expect(isNotModified(tag.slice(1, -1), tag)).toBe(false);
  });
});
