import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, createNonce, isServedOverHttps, securityHeaders } from "./security-headers";

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe("createNonce", () => {
  it("gives 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(atob(nonce)).toHaveLength(16);
    }
  });
});

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with the request's nonce, and no one frame the app", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123==", https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("upgrades sub-requests only over HTTPS, and allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toMatch(/; upgrade-insecure-requests$/);
    expect(
      directives(contentSecurityPolicy({ nonce: "n", https: false, dev: true })).get("script-src"),
    ).toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sets nosniff, framing, referrer and permissions headers, and no HSTS over plain HTTP", () => {
    const headers = securityHeaders({ nonce: "n", https: false });
    expect(headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "same-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    });
    expect(headers["content-security-policy"]).toContain("'nonce-n'");
    expect(headers).not.toHaveProperty("strict-transport-security");
  });

  it("adds HSTS over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", https: true })["strict-transport-security"]).toBe(
      "max-age=31536000",
    );
  });
});

describe("isServedOverHttps", () => {
  it.each([
    ["https:", null, true],
    ["http:", null, false],
    ["http:", "https", true],
    ["http:", "HTTPS", true],
    ["http:", "https, http", true],
    ["http:", "http", false],
    ["https:", "http", false],
    ["http:", "", false],
  ] as const)("protocol %s, X-Forwarded-Proto %s → %s", (protocol, forwarded, expected) => {
    expect(isServedOverHttps(protocol, forwarded)).toBe(expected);
  });
});
