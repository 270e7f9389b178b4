import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { reportDeadline } from "./deadlines";

describe("reportDeadline", () => {
  it("gives departments 1月31日 and the government's own report 3月31日 of the next year", () => {
    const today = new Date("2026-01-21T12:00:00+08:00");
    expect(reportDeadline(2025, false, today)).toEqual({
      date: "2026-01-31",
      label: "2026年1月31日",
      daysLeft: 10,
    });
    expect(reportDeadline(2025, true, today)).toEqual({
      date: "2026-03-31",
      label: "2026年3月31日",
      daysLeft: 69,
    });
  });

  it("counts overdue days as negative", () => {
    expect(reportDeadline(2025, false, new Date("2026-02-02T12:00:00+08:00")).daysLeft).toBe(-2);
  });
});

describe("reportDeadline with the server process in UTC", () => {
  const processZone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "UTC";
  });
  afterEach(() => {
    process.env.TZ = processZone;
  });

  it("counts 06:00 on 1 February Beijing time as one day past a 1月31日 deadline", () => {
    const morning = new Date("2026-02-01T06:00:00+08:00");
    expect(morning.getDate()).toBe(31); // the process's own calendar still says 31 January
    expect(reportDeadline(2025, false, morning).daysLeft).toBe(-1);
  });

  it("counts 23:30 on 31 January Beijing time as due today, and 00:30 as one day left", () => {
    expect(reportDeadline(2025, false, new Date("2026-01-31T23:30:00+08:00")).daysLeft).toBe(0);
    expect(reportDeadline(2025, false, new Date("2026-01-30T00:30:00+08:00")).daysLeft).toBe(1);
    expect(reportDeadline(2025, true, new Date("2026-04-01T07:59:00+08:00")).daysLeft).toBe(-1);
  });
});
