import { describe, expect, it } from "vitest";

import { issueDateText, parseIssueDate } from "./issue-date";

describe("parseIssueDate", () => {
  it.each([
    ["2027年1月20日", "2027-01-20"],
    ["2027-01-20", "2027-01-20"],
    ["2027/1/20", "2027-01-20"],
    ["2027.1.2", "2027-01-02"],
    ["２０２７年１月２０日", "2027-01-20"],
    [" 2028年2月29日 ", "2028-02-29"],
  ])("reads %s as %s", (text, date) => {
    expect(parseIssueDate(text)).toEqual({ ok: true, date });
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    expect(parseIssueDate("2027-02-30")).toEqual({
      ok: false,
      message: "2027年2月没有 30 日，请核对成文日期",
    });
    expect(parseIssueDate("2027年2月29日")).toEqual({
      ok: false,
      message: "2027年2月没有 29 日，请核对成文日期",
    });
    expect(parseIssueDate("2027-13-01")).toEqual({ ok: false, message: "没有 13 月：月应为 1–12" });
    expect(parseIssueDate("明年一月")).toMatchObject({ ok: false });
    expect(parseIssueDate("2027-1")).toMatchObject({ ok: false });
  });

  it("prints the stored date the Chinese way", () => {
    expect(issueDateText("2027-01-20")).toBe("2027年1月20日");
  });
});
