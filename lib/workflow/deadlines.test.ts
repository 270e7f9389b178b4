import { describe, expect, it } from "vitest";

import { reportDeadline } from "./deadlines";

describe("reportDeadline", () => {
  it("gives departments 1月31日 and the government's own report 3月31日 of the next year", () => {
    const today = new Date(2026, 0, 21);
    expect(reportDeadline(2025, false, today)).toEqual({ date: "2026-01-31", label: "2026年1月31日", daysLeft: 10 });
    expect(reportDeadline(2025, true, today)).toEqual({ date: "2026-03-31", label: "2026年3月31日", daysLeft: 69 });
  });

  it("counts overdue days as negative", () => {
    expect(reportDeadline(2025, false, new Date(2026, 1, 2)).daysLeft).toBe(-2);
  });
});
