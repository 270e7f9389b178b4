import { describe, expect, it } from "vitest";

import { currentReportYear } from "./report-year";

describe("currentReportYear", () => {
  it("is last year's report until March, this year's from April", () => {
    expect(currentReportYear(new Date(2026, 0, 15), {})).toBe(2025);
    expect(currentReportYear(new Date(2026, 2, 31), {})).toBe(2025);
    expect(currentReportYear(new Date(2026, 3, 1), {})).toBe(2026);
    expect(currentReportYear(new Date(2026, 10, 23), {})).toBe(2026);
  });

  it("can be pinned", () => {
    expect(currentReportYear(new Date(2026, 10, 23), { CURRENT_REPORT_YEAR: "2025" })).toBe(2025);
    expect(currentReportYear(new Date(2026, 10, 23), { CURRENT_REPORT_YEAR: "junk" })).toBe(2026);
  });
});
