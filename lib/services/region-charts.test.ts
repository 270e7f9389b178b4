import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { appErrorCode, createTestUser } from "@/lib/testing/service-fixtures";

import { loadRegionChartsFor } from "./load-region-charts";

const CELL = "t3.new_received.natural_person";
type TStatus = "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED";

/** The offices in code-point order: the database's name order depends on its collation. */
const byName = <T extends { name: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const chart = (view: Awaited<ReturnType<typeof loadRegionChartsFor>>, id: string) =>
  view.charts.find((c) => c.id === id);

describe.each(testDatabaseTargets())("图解 of a region on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let reviewer: TSessionUser;
  let regionFiller: TSessionUser;
  let outsider: TSessionUser;
  let lonely: TSessionUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    ids.region = (await db.prisma.office.create({ data: { name: "区政府办" } })).id;
    ids.other = (await db.prisma.office.create({ data: { name: "邻区政府办" } })).id;
    ids.leaf = (await db.prisma.office.create({ data: { name: "孤立办" } })).id;
    for (const name of ["甲局", "乙局", "丙局", "丁局", "戊局"])
      ids[name] = (await db.prisma.office.create({ data: { name, parentId: ids.region } })).id;
    ids["邻局"] = (await db.prisma.office.create({ data: { name: "邻局", parentId: ids.other } })).id;
    reviewer = await createTestUser(db, "shenhe", ids.region, "REVIEWER");
    regionFiller = await createTestUser(db, "quban", ids.region, "FILLER");
    outsider = await createTestUser(db, "linqu", ids.other, "REVIEWER");
    lonely = await createTestUser(db, "gu", ids.leaf, "REVIEWER");
    const add = async (name: string, year: number, status: TStatus, requests: number) => {
      const data = demoPublishedReport(name, year);
      data.cells[CELL] = requests;
      await db.prisma.report.create({
        data: { officeId: ids[name]!, year, formatVersion: data.formatVersion, status, data },
      });
    };
    await add("甲局", 2025, "APPROVED", 5);
    await add("乙局", 2025, "PUBLISHED", 7);
    await add("丙局", 2025, "SUBMITTED", 11);
    await add("丁局", 2025, "DRAFT", 13);
    await add("甲局", 2024, "PUBLISHED", 2);
    await add("乙局", 2024, "DRAFT", 17);
    // Not below the region: never counted.
    await add("邻局", 2025, "APPROVED", 19);
  });

  afterAll(async () => {
    await close?.();
  });

  it("sums the approved, published and (labelled) 待审核 reports; lists who is missing and why", async () => {
    const view = await loadRegionChartsFor(reviewer, ids.region!, 2025);
    expect(view.message).toBeNull();
    expect(view.officeCount).toBe(5);
    expect(byName(view.included)).toEqual([
      { name: "丙局", label: "待审核（尚未审核通过）", pending: true },
      { name: "乙局", label: "已发布", pending: false },
      { name: "甲局", label: "已通过", pending: false },
    ]);
    expect(byName(view.missing)).toEqual([
      { name: "丁局", status: "草稿" },
      { name: "戊局", status: "未开始" },
    ]);
    expect(chart(view, "applicants")?.series[0]?.values[0]).toBe(5 + 7 + 11);
    expect(chart(view, "offices")?.categories).toEqual(["丙局", "乙局", "甲局"]);
    expect(chart(view, "offices")?.series[0]?.values).toEqual([11, 7, 5]);
    // 2024: only 甲局's published report counts (乙局's is a draft).
    expect(view.years).toEqual([2024, 2025]);
    expect(chart(view, "years")?.series[0]?.values).toEqual([2, 23]);
  });

  it("without 待审核 reports, the submitted one is missing as 待审核", async () => {
    const view = await loadRegionChartsFor(reviewer, ids.region!, 2025, { includeSubmitted: false });
    expect(byName(view.included).map((o) => o.name)).toEqual(["乙局", "甲局"]);
    expect(view.missing).toContainEqual({ name: "丙局", status: "待审核" });
    expect(chart(view, "applicants")?.series[0]?.values[0]).toBe(12);
  });

  it("a year with nothing usable, and a region with no office below, say so in Chinese without charts", async () => {
    const empty = await loadRegionChartsFor(reviewer, ids.region!, 2023);
    expect(empty.charts).toEqual([]);
    expect(empty.message).toBe(
      "区政府办的下级机关还没有已通过、已发布或待审核的2023年度年报，暂无图解。年报审核通过后，图解即可显示。",
    );
    expect(empty.missing).toHaveLength(5);
    const alone = await loadRegionChartsFor(lonely, ids.leaf!, 2025);
    expect(alone.charts).toEqual([]);
    expect(alone.message).toBe("孤立办没有下级机关，没有可以汇总绘图的年报。");
  });

  it("an office below the region, with none below it, says so to the region's 审核人 (not a 404); others are refused", async () => {
    const leaf = await loadRegionChartsFor(reviewer, ids["甲局"]!, 2025);
    expect(leaf.office.name).toBe("甲局");
    expect(leaf.officeCount).toBe(0);
    expect(leaf.charts).toEqual([]);
    expect(leaf.message).toBe("甲局没有下级机关，没有可以汇总绘图的年报。");
    expect(await appErrorCode(loadRegionChartsFor(outsider, ids["甲局"]!, 2025))).toBe("FORBIDDEN");
    expect(await appErrorCode(loadRegionChartsFor(lonely, ids["甲局"]!, 2025))).toBe("FORBIDDEN");
  });

  it("only the region's 审核人: its 填报人, another region's 审核人 and an unknown office are refused", async () => {
    expect(await appErrorCode(loadRegionChartsFor(regionFiller, ids.region!, 2025))).toBe("FORBIDDEN");
    expect(await appErrorCode(loadRegionChartsFor(outsider, ids.region!, 2025))).toBe("FORBIDDEN");
    expect(await appErrorCode(loadRegionChartsFor(reviewer, "no-such-office", 2025))).toBe("FORBIDDEN");
    // The other region's own 图解 holds only its office.
    const theirs = await loadRegionChartsFor(outsider, ids.other!, 2025);
    expect(theirs.included.map((o) => o.name)).toEqual(["邻局"]);
    expect(chart(theirs, "applicants")?.series[0]?.values[0]).toBe(19);
  });
});
