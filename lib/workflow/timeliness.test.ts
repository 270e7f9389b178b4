import { describe, expect, it } from "vitest";

import { publicationTimeliness } from "./timeliness";

describe("publicationTimeliness", () => {
  it("counts a department's report published on 31 January (Beijing time) as on time", () => {
    // 2025-01-31 23:30 in Beijing is 15:30 UTC.
    const result = publicationTimeliness(2024, false, new Date("2025-01-31T15:30:00Z"));
    expect(result).toEqual({
      publishedOn: "2025-01-31",
      deadline: "2025-01-31",
      deadlineLabel: "2025年1月31日",
      daysLate: 0,
      label: "按时",
    });
  });

  it("counts days after 31 January for a department, by the Beijing calendar date", () => {
    // 2025-02-01 00:30 in Beijing (still 31 January in UTC) is one day late.
    expect(publicationTimeliness(2024, false, new Date("2025-01-31T16:30:00Z")).label).toBe("逾期 1 天");
    expect(publicationTimeliness(2024, false, new Date("2025-03-02T04:00:00Z"))).toMatchObject({
      daysLate: 30,
      label: "逾期 30 天",
    });
  });

  it("gives a government's own report until 31 March", () => {
    expect(publicationTimeliness(2024, true, new Date("2025-03-02T04:00:00Z")).label).toBe("按时");
    expect(publicationTimeliness(2024, true, new Date("2025-04-02T04:00:00Z"))).toMatchObject({
      deadline: "2025-03-31",
      daysLate: 2,
    });
  });
});
