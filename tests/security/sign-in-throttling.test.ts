import { afterEach, describe, expect, it, vi } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER, clientIp } from "@/lib/auth/client-ip";
import { KEY_PREFIX, MAX_DELAY_MS } from "@/lib/auth/ip-throttle";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { stampClientAddress } from "@/lib/auth/stamp-client-address";
import { parseTrustProxy, TRUST_NONE, type TrustProxy } from "@/lib/auth/trust-proxy";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser, FACTORY_PASSWORD } from "@/tests/factories/user";

// Issue 7, probes 1 and 2: sign-in is throttled per real client address. Every test signs in from
// addresses of its own; the slow-down is injected (`sleep`), so nothing here waits or times.
const noSleep = async (ms: number) => void ms;
// Bulk failures skip the real argon2 work (the equal-work probe in email-oracle.test.ts runs it).
const cheapVerify = async () => false;
const ghost = () => `ghost-${uniqueSuffix()}@nowhere.local`;
const failFrom = async (address: string, times: number) => {
  for (let i = 0; i < times; i++) {
    const result = await authenticateCredentials(ghost(), "wrong", address, { sleep: noSleep, verify: cheapVerify });
    expect(result).toEqual({ ok: false, reason: i < 20 ? "INVALID" : "THROTTLED" });
  }
};

afterEach(() => vi.useRealTimers());

/** A request as the server receives it, stamped by the server as scripts/serve.ts does. */
function serverRequest(socketAddress: string, headers: Record<string, string>, trust: TrustProxy) {
  const req = { headers: { ...headers } as Record<string, string | string[] | undefined>, socket: { remoteAddress: socketAddress } };
  stampClientAddress(req as Parameters<typeof stampClientAddress>[0], trust);
  return req;
}

const authorize = (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options.authorize;

describe("probe 1: throttling one address never blocks another", () => {
  it("30 failures from A leave a correct sign-in from B alone", async () => {
    const [a, b] = [uniqueClientAddress(), uniqueClientAddress()];
    const { user } = await createUser(db());
    await failFrom(a, 30);
    expect(await authenticateCredentials(user.email, FACTORY_PASSWORD, a, { sleep: noSleep })).toEqual({ ok: false, reason: "THROTTLED" });
    expect((await authenticateCredentials(user.email, FACTORY_PASSWORD, b)).ok).toBe(true);
  });

  it("through the server's own stamp: a throttled socket address leaves another one alone", async () => {
    const { user } = await createUser(db());
    const [a, b] = [uniqueClientAddress(), uniqueClientAddress()];
    await failFrom(a, 21);
    const fromA = serverRequest(a, {}, TRUST_NONE);
    await expect(authorize({ email: user.email, password: FACTORY_PASSWORD }, fromA as never)).rejects.toThrow("THROTTLED");
    const fromB = serverRequest(b, { "x-forwarded-for": a }, TRUST_NONE);
    await expect(authorize({ email: user.email, password: FACTORY_PASSWORD }, fromB as never)).resolves.toMatchObject({ id: user.id });
  });
});

describe("probe 2: a forged X-Forwarded-For does not reset the count", () => {
  const randomForwardedFor = () => `${uniqueClientAddress()}, ${uniqueClientAddress()}`;

  it("without trusted proxies: the socket's address counts, whatever the request claims", async () => {
    const { user } = await createUser(db());
    const socket = uniqueClientAddress();
    for (let i = 0; i < 20; i++) {
      const forged = { "x-forwarded-for": randomForwardedFor(), "x-real-ip": uniqueClientAddress(), [CLIENT_ADDRESS_HEADER]: uniqueClientAddress() };
      const req = serverRequest(socket, forged, TRUST_NONE);
      expect(clientIp(req.headers)).toBe(socket);
      // What authorize does (lib/auth/options.ts), with the slow-down injected.
      await authenticateCredentials(ghost(), "wrong", clientIp(req.headers), { sleep: noSleep, verify: cheapVerify });
    }
    const req = serverRequest(socket, { "x-forwarded-for": randomForwardedFor() }, TRUST_NONE);
    await expect(authorize({ email: user.email, password: FACTORY_PASSWORD }, req as never)).rejects.toThrow("THROTTLED");
  });

  it("behind one trusted proxy: only the address the proxy appended counts", async () => {
    const client = uniqueClientAddress();
    const proxy = "127.0.0.1";
    const trust = parseTrustProxy("1");
    for (let i = 0; i < 20; i++) {
      // The client forges entries on the left; the proxy appends the real peer on the right.
      const req = serverRequest(proxy, { "x-forwarded-for": `${randomForwardedFor()}, ${client}` }, trust);
      expect(clientIp(req.headers)).toBe(client);
      await authenticateCredentials(ghost(), "wrong", clientIp(req.headers), { sleep: noSleep, verify: cheapVerify });
    }
    const last = serverRequest(proxy, { "x-forwarded-for": `${randomForwardedFor()}, ${client}` }, trust);
    await expect(authorize({ email: ghost(), password: "wrong" }, last as never)).rejects.toThrow("THROTTLED");
    const other = serverRequest(proxy, { "x-forwarded-for": uniqueClientAddress() }, parseTrustProxy("127.0.0.1/32"));
    await expect(authorize({ email: ghost(), password: "wrong" }, other as never)).rejects.toThrow("INVALID");
  });
});

describe("slowed from the fifth failure, refused at once after twenty", () => {
  it("sleeps before answering from the fifth attempt, at most 2 s, growing", async () => {
    const address = uniqueClientAddress();
    const sleep = vi.fn(noSleep);
    for (let i = 0; i < 4; i++) await authenticateCredentials(ghost(), "wrong", address, { sleep });
    expect(sleep).not.toHaveBeenCalled();
    await authenticateCredentials(ghost(), "wrong", address, { sleep });
    expect(sleep).toHaveBeenCalledTimes(1);
    const [first] = sleep.mock.calls[0];
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(MAX_DELAY_MS);
    for (let i = 0; i < 15; i++) await authenticateCredentials(ghost(), "wrong", address, { sleep });
    const delays = sleep.mock.calls.map(([ms]) => ms);
    expect(delays).toHaveLength(16);
    expect(delays).toEqual([...delays].sort((x, y) => x - y));
    expect(Math.max(...delays)).toBe(MAX_DELAY_MS);
  });

  it("answers the 21st attempt THROTTLED without checking the password, even the right one", async () => {
    const { user } = await createUser(db());
    const address = uniqueClientAddress();
    await failFrom(address, 20);
    const verify = vi.fn(verifyPassword);
    const sleep = vi.fn(noSleep);
    expect(await authenticateCredentials(user.email, FACTORY_PASSWORD, address, { verify, sleep })).toEqual({ ok: false, reason: "THROTTLED" });
    expect(verify).not.toHaveBeenCalled();
    expect(sleep).not.toHaveBeenCalled();
    // The account itself was not touched: no failure counted against it.
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
  });

  it("lifts the refusal once the 15-minute window has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    const { user } = await createUser(db());
    const address = uniqueClientAddress();
    await failFrom(address, 20);
    vi.setSystemTime(start + 14 * 60 * 1000);
    expect(await authenticateCredentials(user.email, FACTORY_PASSWORD, address)).toEqual({ ok: false, reason: "THROTTLED" });
    vi.setSystemTime(start + 15 * 60 * 1000 + 1000);
    expect(await authenticateCredentials(user.email, FACTORY_PASSWORD, address)).toMatchObject({ ok: true });
  });

  it("does not count right passwords: an office behind one address signs in all morning", async () => {
    const { user } = await createUser(db());
    const address = uniqueClientAddress();
    const sleep = vi.fn(noSleep);
    for (let i = 0; i < 25; i++) expect((await authenticateCredentials(user.email, FACTORY_PASSWORD, address, { sleep })).ok).toBe(true);
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe("the count's store", () => {
  it("is PostgreSQL when DATABASE_URL is set (shared by app instances), memory on the embedded database", async () => {
    const address = uniqueClientAddress();
    await failFrom(address, 3);
    const row = await db().signInThrottle.findUnique({ where: { key: `${KEY_PREFIX}:${address}` } });
    if (process.env.DATABASE_URL) expect(row?.points).toBe(3);
    else expect(row).toBeNull();
  });
});
