import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { assertSameOriginWrite } from "./same-origin-write";

const configured = vi.hoisted(() => ({ NEXTAUTH_URL: undefined as string | undefined }));
vi.mock("@/lib/env", () => ({ env: () => configured }));

// The app behind the custom server: the URL says 0.0.0.0, the browser addressed the Host.
const request = (method: string, headers: Record<string, string>) => new NextRequest("http://0.0.0.0:3000/api/v1/departments", { method, headers });
const verdict = (method: string, headers: Record<string, string>) => {
  try {
    assertSameOriginWrite(request(method, headers));
    return "allowed";
  } catch (error) {
    return (error as { code: string }).code;
  }
};

beforeEach(() => {
  configured.NEXTAUTH_URL = "https://cw.example.gov.cn";
});

describe("assertSameOriginWrite", () => {
  it("allows a write from the addressed host or NEXTAUTH_URL's origin, and one with neither header", () => {
    expect(verdict("POST", { host: "cw.example.gov.cn", origin: "https://cw.example.gov.cn" })).toBe("allowed");
    expect(verdict("POST", { host: "10.0.0.5:3000", origin: "https://10.0.0.5:3000" })).toBe("allowed");
    expect(verdict("PATCH", { host: "10.0.0.5:3000", origin: "https://cw.example.gov.cn:443" })).toBe("allowed");
    expect(verdict("POST", { host: "cw.example.gov.cn", "sec-fetch-site": "same-origin", origin: "https://cw.example.gov.cn" })).toBe("allowed");
    expect(verdict("DELETE", { host: "cw.example.gov.cn" })).toBe("allowed");
  });

  it("refuses a cookie write from another origin, a sibling site, or an opaque origin", () => {
    expect(verdict("POST", { host: "cw.example.gov.cn", origin: "https://evil.example" })).toBe("CROSS_ORIGIN");
    expect(verdict("POST", { host: "cw.example.gov.cn", origin: "http://cw.example.gov.cn" })).toBe("CROSS_ORIGIN");
    expect(verdict("PUT", { host: "cw.example.gov.cn", origin: "null" })).toBe("CROSS_ORIGIN");
    expect(verdict("POST", { host: "cw.example.gov.cn", "sec-fetch-site": "same-site" })).toBe("CROSS_ORIGIN");
    expect(verdict("DELETE", { host: "cw.example.gov.cn", "sec-fetch-site": "cross-site" })).toBe("CROSS_ORIGIN");
  });

  it("leaves reads and Bearer-token requests alone", () => {
    expect(verdict("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBe("allowed");
    expect(verdict("HEAD", { origin: "https://evil.example" })).toBe("allowed");
    expect(verdict("POST", { authorization: "Bearer cw_x", origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBe("allowed");
  });

  it("uses the request's own scheme when NEXTAUTH_URL is not set", () => {
    configured.NEXTAUTH_URL = undefined;
    expect(verdict("POST", { host: "localhost:3000", origin: "http://localhost:3000" })).toBe("allowed");
    expect(verdict("POST", { host: "localhost:3000", origin: "http://127.0.0.2:3000" })).toBe("CROSS_ORIGIN");
  });
});
