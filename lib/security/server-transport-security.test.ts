import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyTransportSecurity } from "./server-transport-security";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function headersOf(isHttps: boolean): Promise<Headers> {
  server = http.createServer((_req, res) => res.end("ok"));
  applyTransportSecurity(server, isHttps);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/anything`);
  return response.headers;
}

describe("the launcher's HSTS", () => {
  it("is on every response when the app is served over https", async () => {
    expect((await headersOf(true)).get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("is absent over http", async () => {
    expect((await headersOf(false)).get("strict-transport-security")).toBeNull();
  });
});
