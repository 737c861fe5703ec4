import { describe, expect, it } from "vitest";
import { describeDatabaseUrl, scaleBenchRefusal } from "./database-url";

describe("scaleBenchRefusal", () => {
  it("accepts loopback hosts", () => {
    for (const url of ["postgresql://postgres@127.0.0.1:5432/bench_scale", "postgresql://u:p@localhost/x", "postgresql://u@[::1]:5432/x"])
      expect(scaleBenchRefusal(url)).toBeNull();
  });

  it("refuses a missing URL, naming how to set one", () => {
    expect(scaleBenchRefusal(undefined)).toContain("DATABASE_URL");
  });

  it("refuses another machine, naming the host", () => {
    const refusal = scaleBenchRefusal("postgresql://postgres@db.example.com:5432/prod");
    expect(refusal).toContain("db.example.com");
    expect(refusal).toContain("--scale");
    expect(scaleBenchRefusal("postgresql://postgres@10.0.0.5/x")).toContain("10.0.0.5");
  });

  it("refuses what is not a URL", () => {
    expect(scaleBenchRefusal("not a url")).toContain("DATABASE_URL");
  });
});

describe("describeDatabaseUrl", () => {
  it("leaves the password out", () => {
    expect(describeDatabaseUrl("postgresql://postgres:secret@127.0.0.1:5432/bench_scale")).toBe("postgresql://postgres@127.0.0.1:5432/bench_scale");
  });
});
