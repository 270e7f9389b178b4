import { describe, expect, it } from "vitest";

import { safeNextPath } from "./safe-next-path";

const SITE = "http://nianbao.example:3000";

/** What `?next=<query>` gives the login page (the query-string parser decodes once, as Next.js does). */
const fromQuery = (query: string): string | null => new URLSearchParams(`next=${query}`).get("next");

// Each row: the `next` query-string value as typed in a link → where the login sends the person.
const QUERY_CASES: ReadonlyArray<readonly [string, string]> = [
  // the probe's two findings
  ["/%5Chost:port/x", "/"],
  ["/%09/host:port/x", "/"],
  // backslashes, raw and encoded
  ["/\\host/x", "/"],
  ["\\\\host/x", "/"],
  ["/%5C%5Chost", "/"],
  ["%5C/host", "/"],
  ["/x%5Cy", "/"],
  // control characters and white space, encoded (they arrive raw after parsing)
  ["/%0A/host", "/"],
  ["/%0D/host", "/"],
  ["/%0D%0A/host", "/"],
  ["/%00/host", "/"],
  ["/%7F/host", "/"],
  ["/%C2%85/host", "/"],
  ["/%20/host", "/"],
  ["%20//host", "/"],
  ["/%E3%80%80/host", "/"],
  ["/%E2%80%8B/host", "/"],
  ["/%EF%BB%BF/host", "/"],
  // protocol-relative and absolute URLs, schemes
  ["//host/x", "/"],
  ["///host/x", "/"],
  ["/%2F/host", "/"],
  ["%2F%2Fhost", "/"],
  ["/%252F/host", "/"],
  ["/%25252F%25252Fhost", "/"],
  ["/%255C/host", "/"],
  ["/%2509/host", "/"],
  ["https://host/x", "/"],
  ["http:/host", "/"],
  ["javascript:alert(1)", "/"],
  ["data:text/html,x", "/"],
  ["host/x", "/"],
  ["", "/"],
  // malformed escapes
  ["/%E0%A4%A", "/"],
  ["/reports%", "/"],
  // paths on this site
  ["/reports", "/reports"],
  ["%2Freports", "/reports"],
  ["/reports/abc123", "/reports/abc123"],
  ["/reports/abc123/preview?tab=1#t3", "/reports/abc123/preview?tab=1#t3"],
  ["/review?year=2025", "/review?year=2025"],
  ["/login?next=%2F%2Fhost", "/login?next=//host"],
  ["/a/../reports", "/reports"],
  ["/报告", "/%E6%8A%A5%E5%91%8A"],
];

describe("safeNextPath", () => {
  it.each(QUERY_CASES)("next=%s → %s", (query, expected) => {
    expect(safeNextPath(fromQuery(query))).toBe(expected);
  });

  it.each(QUERY_CASES)("never leaves the site, whatever decodes next=%s", (query) => {
    const value = fromQuery(query) ?? "";
    for (const input of [query, value]) {
      const target = new URL(safeNextPath(input), SITE);
      expect(target.origin).toBe(SITE);
      // A further decoding (a proxy, a framework) must not leave the site either.
      expect(new URL(decodeURIComponentSafe(safeNextPath(input)), SITE).origin).toBe(SITE);
    }
  });

  it("gives the fallback for anything but a string, and for over-long values", () => {
    for (const value of [undefined, null, 42, ["/reports"], { path: "/reports" }]) {
      expect(safeNextPath(value, "/reports")).toBe("/reports");
    }
    expect(safeNextPath(`/${"a".repeat(3000)}`, "/reports")).toBe("/reports");
  });

  it("keeps a safe path even when a fallback is given", () => {
    expect(safeNextPath("/admin", "/reports")).toBe("/admin");
  });
});

const decodeURIComponentSafe = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};
