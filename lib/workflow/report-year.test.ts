import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { creatableReportYears, creatableYearProblem, currentReportYear, pageYearOf } from "./report-year";

describe("currentReportYear", () => {
  it("is last year's report until March, this year's from April", () => {
    expect(currentReportYear(new Date("2026-01-15T12:00:00+08:00"), {})).toBe(2025);
    expect(currentReportYear(new Date("2026-03-31T12:00:00+08:00"), {})).toBe(2025);
    expect(currentReportYear(new Date("2026-04-01T12:00:00+08:00"), {})).toBe(2026);
    expect(currentReportYear(new Date("2026-11-23T12:00:00+08:00"), {})).toBe(2026);
  });

  it("can be pinned", () => {
    expect(currentReportYear(new Date("2026-11-23T12:00:00+08:00"), { CURRENT_REPORT_YEAR: "2025" })).toBe(
      2025,
    );
    expect(currentReportYear(new Date("2026-11-23T12:00:00+08:00"), { CURRENT_REPORT_YEAR: "junk" })).toBe(
      2026,
    );
  });
});

describe("currentReportYear with the server process in UTC", () => {
  const processZone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "UTC";
  });
  afterEach(() => {
    process.env.TZ = processZone;
  });

  it("is the new year's report on the morning of 1 April Beijing time", () => {
    const morning = new Date("2026-04-01T07:30:00+08:00");
    expect(morning.getMonth()).toBe(2); // the process's own calendar still says 31 March
    expect(currentReportYear(morning, {})).toBe(2026);
    expect(currentReportYear(new Date("2026-03-31T23:59:00+08:00"), {})).toBe(2025);
  });

  it("follows REPORT_TIME_ZONE when set", () => {
    expect(currentReportYear(new Date("2026-04-01T07:30:00+08:00"), { REPORT_TIME_ZONE: "UTC" })).toBe(2025);
  });
});

describe("creatableReportYears", () => {
  const november2026 = new Date("2026-11-23T12:00:00+08:00");
  it("runs from 2019 to one year past the current report year, and can be widened", () => {
    expect(creatableReportYears(november2026, {})).toEqual({ first: 2019, last: 2027 });
    expect(creatableReportYears(new Date("2026-02-01T12:00:00+08:00"), {})).toEqual({
      first: 2019,
      last: 2026,
    });
    expect(
      creatableReportYears(november2026, { CURRENT_REPORT_YEAR: "2025", REPORT_YEARS_AHEAD: "0" }),
    ).toEqual({
      first: 2019,
      last: 2025,
    });
    expect(creatableReportYears(november2026, { REPORT_YEARS_AHEAD: "x" }).last).toBe(2027);
  });

  it("refuses a year outside the range with a message instead of clamping it", () => {
    const range = { first: 2019, last: 2027 };
    expect(creatableYearProblem(2018, range)).toBe(
      "不能新建 2018 年度的年报：国家格式从 2019 年度起适用，可新建 2019—2027 年度的年报。",
    );
    expect(creatableYearProblem(2031, range)).toBe(
      "不能新建 2031 年度的年报：该年度尚未开始，可新建 2019—2027 年度的年报。",
    );
    expect(creatableYearProblem(2019, range)).toBeNull();
    expect(creatableYearProblem(2027, range)).toBeNull();
    expect(creatableYearProblem(2025.5, range)).toBe("年度应为四位整数年份，如 2025。");
  });

  it("pageYearOf shows an asked year within the range, else the current one with a notice saying why", () => {
    const env = { CURRENT_REPORT_YEAR: "2025" };
    const now = new Date(Date.UTC(2026, 10, 30));
    expect(pageYearOf("2024", now, env)).toEqual({ year: 2024, notice: null });
    expect(pageYearOf("2026", now, env)).toEqual({ year: 2026, notice: null });
    expect(pageYearOf(undefined, now, env)).toEqual({ year: 2025, notice: null });
    expect(pageYearOf("1900", now, env)).toEqual({
      year: 2025,
      notice: "年度“1900”早于国家格式适用的年度，可查看 2019—2026 年度；已显示 2025 年度。",
    });
    expect(pageYearOf("2099", now, env).notice).toBe(
      "年度“2099”尚未开始，可查看 2019—2026 年度；已显示 2025 年度。",
    );
    expect(pageYearOf("abc", now, env).notice).toBe(
      "年度“abc”不是四位年份，可查看 2019—2026 年度；已显示 2025 年度。",
    );
    expect(pageYearOf(["2025.5", "2024"], now, env)).toMatchObject({ year: 2025 });
    expect(pageYearOf("2025.5", now, env).notice).toContain("不是四位年份");
  });
});
