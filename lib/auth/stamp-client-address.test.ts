import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientIp } from "./client-ip";
import { stampClientAddress } from "./stamp-client-address";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy";

// A real socket, as in scripts/serve.ts: the server answers with the address it stamped.
let trust: TrustProxy = parseTrustProxy(undefined);
const server = http.createServer((req, res) => {
  stampClientAddress(req, trust);
  res.end(clientIp(req.headers));
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const stampedFor = async (headers: Record<string, string>) => (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();

describe("stampClientAddress", () => {
  it("replaces a forged copy of the header with the socket's address", async () => {
    trust = parseTrustProxy(undefined);
    expect(await stampedFor({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" })).toBe("127.0.0.1");
  });

  it("reads X-Forwarded-For only from a trusted proxy", async () => {
    trust = parseTrustProxy("127.0.0.1/32");
    expect(await stampedFor({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "6.6.6.6, 198.51.100.1" })).toBe("198.51.100.1");
    trust = parseTrustProxy("10.0.0.0/8");
    expect(await stampedFor({ "x-forwarded-for": "198.51.100.1" })).toBe("127.0.0.1");
  });
});
