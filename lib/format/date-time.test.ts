import { afterEach, describe, expect, it } from "vitest";

import { formatDate, formatDateTime } from "./date-time";

describe("formatDateTime", () => {
  const saved = process.env.REPORT_TIME_ZONE;
  afterEach(() => {
    if (saved === undefined) delete process.env.REPORT_TIME_ZONE;
    else process.env.REPORT_TIME_ZONE = saved;
  });

  it("shows an instant in Beijing time whatever the process's zone", () => {
    delete process.env.REPORT_TIME_ZONE;
    // 16:30 UTC on 31 January is 00:30 on 1 February in Beijing.
    expect(formatDateTime("2026-01-31T16:30:05Z")).toBe("2026年2月1日 00:30");
    expect(formatDateTime(new Date("2026-01-31T16:30:05Z"), { seconds: true })).toBe("2026年2月1日 00:30:05");
  });

  it("follows REPORT_TIME_ZONE and says — for an unreadable value", () => {
    process.env.REPORT_TIME_ZONE = "Asia/Urumqi";
    expect(formatDateTime("2026-01-31T16:30:05Z")).toBe("2026年1月31日 22:30");
    expect(formatDateTime("")).toBe("—");
    expect(formatDateTime("not a date")).toBe("—");
  });

  it("writes a calendar date in Chinese", () => {
    expect(formatDate("2025-01-31")).toBe("2025年1月31日");
  });
});
