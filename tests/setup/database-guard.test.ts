import { describe, expect, it } from "vitest";
import { assertLoopbackDatabaseUrl } from "./database-guard";

describe("the test database guard", () => {
  it("accepts loopback servers only", () => {
    expect(() => assertLoopbackDatabaseUrl("postgresql://u@127.0.0.1:5432/t")).not.toThrow();
    expect(() => assertLoopbackDatabaseUrl("postgresql://u@localhost/t")).not.toThrow();
    expect(() => assertLoopbackDatabaseUrl("postgresql://u@[::1]:5432/t")).not.toThrow();
    expect(() => assertLoopbackDatabaseUrl("postgresql://u@db.example.gov.cn/t")).toThrow(/non-loopback/);
    expect(() => assertLoopbackDatabaseUrl("postgresql://u@10.1.2.3/t")).toThrow(/non-loopback/);
  });
});
