import { describe, expect, it } from "vitest";

import { onTimeCells, onTimeReport, onTimeSummary } from "./on-time";

// Beijing dates: 2026-01-31T16:30Z is already 2026-02-01 in Beijing.
const office = (id: string, extra: Partial<Parameters<typeof onTimeReport>[1][number]> = {}) => ({
  id,
  name: id,
  isGovernmentOwn: false,
  status: null,
  firstPublishedAt: null,
  ...extra,
});

describe("onTimeReport", () => {
  it("judges each office against the statutory or the local deadline, on the Beijing date, and computes 按时公布率", () => {
    const report = onTimeReport(
      2025,
      [
        office("区政府办", {
          isGovernmentOwn: true,
          status: "PUBLISHED",
          firstPublishedAt: new Date("2026-03-20T02:00:00Z"),
        }),
        office("教育局", { status: "PUBLISHED", firstPublishedAt: new Date("2026-01-31T15:00:00Z") }),
        office("卫健局", { status: "PUBLISHED", firstPublishedAt: new Date("2026-01-31T16:30:00Z") }),
        office("民政局", {
          status: "PUBLISHED",
          firstPublishedAt: new Date("2026-01-25T02:00:00Z"),
          localDeadline: { date: "2026-01-20", officeName: "区政府办" },
        }),
        office("交通局", { status: "SUBMITTED" }),
        office("水利局", { status: "RETURNED" }),
        office("林业局"),
      ],
      new Date("2026-01-15T00:00:00Z"),
    );
    expect(report.rows.map((r) => [r.officeName, r.deadline, r.deadlineSource, r.label])).toEqual([
      ["区政府办", "2026-03-31", "条例第四十九条", "按时"],
      ["教育局", "2026-01-31", "条例第四十九条", "按时"],
      ["卫健局", "2026-01-31", "条例第四十九条", "逾期 1 天"],
      ["民政局", "2026-01-20", "本地要求（区政府办）", "逾期 5 天"],
      ["交通局", "2026-01-31", "条例第四十九条", "未公布"],
      ["水利局", "2026-01-31", "条例第四十九条", "未公布"],
      ["林业局", "2026-01-31", "条例第四十九条", "未公布"],
    ]);
    expect([report.total, report.published, report.onTime, report.rate]).toEqual([7, 4, 2, 28.6]);
    expect(report.notSubmitted).toEqual(["水利局", "林业局"]);
    expect(onTimeSummary(report)).toBe("应公布 7 个，已公布 4 个，按时 2 个，按时公布率 28.6%");
    expect(onTimeCells(report.rows[6]!)).toEqual([
      "林业局",
      "未开始",
      null,
      "2026-01-31",
      "条例第四十九条",
      "未公布",
      "是",
    ]);
  });

  it("marks an unpublished office overdue once its deadline has passed, and has no rate without offices", () => {
    const late = onTimeReport(
      2025,
      [office("林业局", { status: "APPROVED" })],
      new Date("2026-02-03T00:00:00Z"),
    );
    expect(late.rows[0]).toMatchObject({
      onTime: false,
      label: "未公布（已逾期 3 天）",
      notSubmitted: false,
    });
    expect(onTimeReport(2025, []).rate).toBeNull();
  });
});
