import { describe, expect, it } from "vitest";

import { clientAddressOf } from "./client-address";

describe("client address for the login throttle", () => {
  it("is the socket's peer unless a proxy is trusted, whatever X-Forwarded-For claims", () => {
    const headers = { "x-forwarded-for": "1.2.3.4" };
    expect(clientAddressOf(headers, "::ffff:203.0.113.5", false)).toBe("203.0.113.5");
    expect(clientAddressOf({}, undefined, false)).toBe("unknown");
  });

  it("behind a trusted proxy is the last hop, the one the proxy added (earlier hops are the client's claim)", () => {
    expect(clientAddressOf({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }, "10.0.0.1", true)).toBe(
      "198.51.100.7",
    );
    expect(clientAddressOf({ "x-forwarded-for": ["6.6.6.6", "198.51.100.8"] }, "10.0.0.1", true)).toBe(
      "198.51.100.8",
    );
    expect(clientAddressOf({}, "10.0.0.1", true)).toBe("10.0.0.1");
  });

  it("is bounded in length", () => {
    expect(clientAddressOf({ "x-forwarded-for": "x".repeat(500) }, "10.0.0.1", true)).toHaveLength(64);
  });
});
