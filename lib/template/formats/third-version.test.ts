import { describe, expect, it } from "vitest";

import { formatVersionSchema, ZReportDocument } from "@/lib/report/schema";
import { loadExample } from "@/lib/report/testing/fixtures";
import { evaluateReport } from "@/lib/rules/evaluate";
import { FORMAT_DEFINITIONS, getTemplate, isFormatVersion } from "@/lib/template";

import { createFormatRegistry, describeFormatYears } from "../registry";
import { table2CarryOver } from "../table2";
import type { TFormatDefinition, TFormatVersion, TTable2Spec } from "../types";
import { defineFormat } from "./define";
import { GOV_2019 } from "./gov-2019";
import { GOV_2021 } from "./gov-2021";

/**
 * A third national format, as a future gov-2027.ts would declare it. Its number is not in the app's
 * `TFormatVersion` yet, hence the cast; everything else is what such a module would write.
 */
const V2027 = 2027 as number as TFormatVersion;

const GOV_2027 = defineFormat({
  ...GOV_2021,
  version: V2027,
  documentNo: "国办公开办函〔2027〕1号",
  shortLabel: "〔2027〕1号",
  years: { from: 2027 },
});

/** The registry as it would be with the third format: 〔2021〕30号 then governs 2021–2026 only. */
const withThird = (third: TFormatDefinition<TFormatVersion>) =>
  createFormatRegistry([GOV_2019, { ...GOV_2021, years: { from: 2021, to: 2026 } }, third]);

/** A definition that slipped past the types (built from data, or cast): what the builders get at run time. */
const untyped = (definition: object) => definition as TFormatDefinition<TFormatVersion>;

const without = (definition: TFormatDefinition<TFormatVersion>, part: keyof TFormatDefinition) => {
  const copy: Partial<TFormatDefinition<TFormatVersion>> = { ...definition };
  delete copy[part];
  return untyped(copy);
};

describe("a third format version", () => {
  it("registered completely, is known wherever the registry answers", () => {
    const formats = withThird(GOV_2027);
    expect(formats.versions).toEqual([2019, 2021, 2027]);
    expect(formats.firstYear).toBe(2019);
    expect([2018, 2020, 2026, 2027, 2040].map((year) => formats.findForYear(year)?.version)).toEqual([
      undefined,
      2019,
      2021,
      2027,
      2027,
    ]);
    expect(formats.listOtherTemplates(GOV_2021.version).map((template) => template.version)).toEqual([
      2019, 2027,
    ]);
    expect(formats.getTemplate(V2027).name).toBe(
      "中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2027〕1号）",
    );
    expect(describeFormatYears(formats)).toBe(
      "2019、2020年度用国办公开办函〔2019〕60号格式，2021—2026年度用国办公开办函〔2021〕30号格式，" +
        "2027年度起用国办公开办函〔2027〕1号格式",
    );
    const schema = formatVersionSchema(formats);
    expect(schema.safeParse(2027).success).toBe(true);
    expect(schema.safeParse(2031).error?.issues[0]?.message).toBe("格式版本应为 2019、2021 或 2027");
  });

  it("is refused by the app's registry, which does not list it, instead of being built as another version", () => {
    expect(() => getTemplate(V2027)).toThrow("模板错误：格式版本 2027 未登记（已登记：2019 或 2021）");
    expect(isFormatVersion(2027)).toBe(false);
    expect(ZReportDocument.shape.formatVersion.safeParse(2027).error?.issues[0]?.message).toBe(
      "格式版本应为 2019 或 2021",
    );
  });

  it("fails at registration when its years overlap another format's, or its version is taken", () => {
    expect(() => createFormatRegistry([...FORMAT_DEFINITIONS, GOV_2027])).toThrow(
      "模板错误：国办公开办函〔2021〕30号（2021年度起）与 国办公开办函〔2027〕1号（2027年度起）的适用年度重叠",
    );
    expect(() => createFormatRegistry([GOV_2019, GOV_2019])).toThrow("模板错误：格式版本 2019 登记了两次");
    expect(() => withThird(untyped({ ...GOV_2027, years: undefined }))).toThrow(
      "模板错误：格式 2027（国办公开办函〔2027〕1号）的适用年度未定义或无效",
    );
  });

  it("without its own tables or section 六, fails instead of borrowing another version's parts", () => {
    expect(() => withThird(without(GOV_2027, "table2"))).toThrow(
      "模板错误：格式 2027（国办公开办函〔2027〕1号）未定义表二",
    );
    expect(() => withThird(without(GOV_2027, "table3"))).toThrow(
      "模板错误：格式 2027（国办公开办函〔2027〕1号）未定义表三",
    );
    expect(() => withThird(without(GOV_2027, "section6"))).toThrow(
      "模板错误：格式 2027（国办公开办函〔2027〕1号）未定义第六部分",
    );
  });

  it("with a kind of table-三 row the builder does not know, fails loudly", () => {
    const results = [...GOV_2021.table3.results, { kind: "subtable", id: "other_more", label: "（八）其他" }];
    expect(() => withThird(untyped({ ...GOV_2027, table3: { results } }))).toThrow(
      "模板错误：表三办理结果的行类型“subtable”未定义",
    );
  });

  it("fails at registration with a version that is not a whole number, a blank document number, or a gap in years", () => {
    expect(() => withThird(untyped({ ...GOV_2027, version: undefined }))).toThrow(
      "模板错误：格式版本号应为正整数",
    );
    expect(() => withThird(untyped({ ...GOV_2027, version: "2027" }))).toThrow(
      "模板错误：格式版本号应为正整数",
    );
    expect(() => withThird({ ...GOV_2027, documentNo: " " })).toThrow("未定义文号或简称");
    expect(() =>
      createFormatRegistry([GOV_2019, { ...GOV_2021, years: { from: 2021, to: 2024 } }, GOV_2027]),
    ).toThrow("之间有年度没有适用的格式");
  });

  it("claiming a table-二 continuity its table cannot back, fails at registration, not at 新建", () => {
    const noValid = {
      ...GOV_2027.table2,
      blocks: GOV_2027.table2.blocks.map((block) => ({
        ...block,
        columns: block.columns.filter((column) => column.id !== "valid"),
      })),
    };
    expect(() => withThird({ ...GOV_2027, table2: noValid })).toThrow("没有“现行有效件数”（valid）列");
  });

  it("with a table-二 continuity nothing handles, fails where table 二 is carried over", () => {
    const table2 = { ...GOV_2027.table2, continuity: "decisions" } as unknown as TTable2Spec;
    expect(() => table2CarryOver(table2)).toThrow("模板错误：表二的跨年度口径“decisions”未定义");
  });

  it("gets the rules its definition asks for, and a claim its tables cannot back fails loudly", () => {
    const report = { ...loadExample("gaoxin2021"), formatVersion: V2027 };
    const ruleIds = (third: TFormatDefinition<TFormatVersion>) =>
      evaluateReport(report, { template: withThird(third).getTemplate(V2027) }).map((f) => f.ruleId);
    // C-03 follows the section-六 checklist's required 信息处理费 item, not the version number.
    expect(ruleIds(GOV_2027)).toContain("C-03");
    expect(ruleIds({ ...GOV_2027, section6: { guidance: "写明其他需要报告的事项。" } })).not.toContain(
      "C-03",
    );
    // The app's registry still gives 2021 to 〔2021〕30号, and says so.
    expect(ruleIds(GOV_2027)).toContain("V-01");
    const claimsItemCounts = {
      ...GOV_2027,
      table2: { ...GOV_2027.table2, continuity: "item-counts" as const },
    };
    expect(() => ruleIds(claimsItemCounts)).toThrow("规则引用了模板中不存在的表二列 items_last_year");
  });
});
