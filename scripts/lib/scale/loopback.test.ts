import { describe, expect, it } from "vitest";
import { loopbackRefusal } from "./loopback";

describe("loopbackRefusal", () => {
  it("accepts this machine's addresses", () => {
    for (const url of [
      "postgresql://postgres@localhost:5432/scale",
      "postgresql://postgres@127.0.0.1:5432/scale",
      "postgresql://postgres@127.3.2.1/scale",
      "postgresql://postgres@[::1]:5432/scale",
    ]) {
      expect(loopbackRefusal(url)).toBeNull();
    }
  });

  it("refuses another host, naming it", () => {
    for (const [url, host] of [
      ["postgresql://postgres@db.example.com:5432/scale", "db.example.com"],
      ["postgresql://postgres@10.0.0.5/scale", "10.0.0.5"],
      ["postgresql://postgres@127.0.0.1.example.com/scale", "127.0.0.1.example.com"],
      ["postgresql://postgres@localhost.evil.net/scale", "localhost.evil.net"],
    ]) {
      expect(loopbackRefusal(url)).toContain(host);
    }
  });

  it("refuses a URL it cannot read", () => {
    expect(loopbackRefusal("not a url")).toMatch(/DATABASE_URL/);
  });
});
