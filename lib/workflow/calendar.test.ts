import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { calendarDateAt, DEFAULT_TIME_ZONE, daysBetween, isoDate, reportTimeZone } from "./calendar";

const processZone = process.env.TZ;

describe.each(["UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"])(
  "the report calendar with the server process in %s",
  (zone) => {
    beforeEach(() => {
      process.env.TZ = zone;
    });
    afterEach(() => {
      process.env.TZ = processZone;
    });

    it("reads dates in Beijing time", () => {
      // 06:00 on 1 February in Beijing is still 31 January in UTC and in California.
      expect(calendarDateAt(new Date("2026-02-01T06:00:00+08:00"), DEFAULT_TIME_ZONE)).toEqual({
        year: 2026,
        month: 2,
        day: 1,
      });
      // 23:59 on 31 March in Beijing is already 1 April on Kiritimati (UTC+14).
      expect(calendarDateAt(new Date("2026-03-31T23:59:59+08:00"), DEFAULT_TIME_ZONE)).toEqual({
        year: 2026,
        month: 3,
        day: 31,
      });
      expect(calendarDateAt(new Date("2027-01-01T00:00:00+08:00"), DEFAULT_TIME_ZONE).year).toBe(2027);
    });
  },
);

describe("reportTimeZone", () => {
  it("is Beijing time unless REPORT_TIME_ZONE names a zone Intl knows", () => {
    expect(reportTimeZone({})).toBe("Asia/Shanghai");
    expect(reportTimeZone({ REPORT_TIME_ZONE: "Asia/Urumqi" })).toBe("Asia/Urumqi");
    expect(reportTimeZone({ REPORT_TIME_ZONE: " Asia/Hong_Kong " })).toBe("Asia/Hong_Kong");
    expect(reportTimeZone({ REPORT_TIME_ZONE: "Mars/Olympus" })).toBe("Asia/Shanghai");
    expect(reportTimeZone({ REPORT_TIME_ZONE: "" })).toBe("Asia/Shanghai");
  });

  it("is what calendarDateAt uses by default", () => {
    const saved = process.env.REPORT_TIME_ZONE;
    try {
      process.env.REPORT_TIME_ZONE = "UTC";
      expect(calendarDateAt(new Date("2026-02-01T06:00:00+08:00")).day).toBe(31);
      delete process.env.REPORT_TIME_ZONE;
      expect(calendarDateAt(new Date("2026-02-01T06:00:00+08:00")).day).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.REPORT_TIME_ZONE;
      else process.env.REPORT_TIME_ZONE = saved;
    }
  });
});

describe("daysBetween and isoDate", () => {
  it("counts calendar days across months, years and leap days", () => {
    expect(daysBetween({ year: 2026, month: 1, day: 21 }, { year: 2026, month: 1, day: 31 })).toBe(10);
    expect(daysBetween({ year: 2026, month: 2, day: 1 }, { year: 2026, month: 1, day: 31 })).toBe(-1);
    expect(daysBetween({ year: 2027, month: 12, day: 31 }, { year: 2028, month: 3, day: 1 })).toBe(61);
    expect(isoDate({ year: 2026, month: 1, day: 5 })).toBe("2026-01-05");
  });
});
