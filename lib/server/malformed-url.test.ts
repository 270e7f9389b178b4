import { describe, expect, it } from "vitest";

import { hasMalformedPath } from "./malformed-url";

describe("hasMalformedPath (tester3: /api/reports/%E0%A4%A was a bare 500)", () => {
  it("finds a path that does not percent-decode", () => {
    expect(hasMalformedPath("/api/reports/%E0%A4%A")).toBe(true);
    expect(hasMalformedPath("/reports/%ZZ")).toBe(true);
  });

  it("passes good paths, encoded Chinese and a bad query alike", () => {
    expect(hasMalformedPath("/api/reports/0a6d3829-1968-4a14-98c4-5a5337f1d4aa")).toBe(false);
    expect(hasMalformedPath("/gongkai/%E7%A4%BA%E8%8C%83%E5%8C%BA")).toBe(false);
    expect(hasMalformedPath("/review?year=%ZZ")).toBe(false);
    expect(hasMalformedPath(undefined)).toBe(false);
  });
});
