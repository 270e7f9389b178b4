import { AMOUNT_DECIMALS } from "@/lib/report/cell-value";
import { REPORT_FORMAT_ID, type TReportDocument } from "@/lib/report/schema";
import { resolveValues } from "@/lib/report/values";
import { formatShortLabel, getTemplate, type TCellId, type TReportTemplate } from "@/lib/template";
import { cellLabel } from "@/lib/template/labels";

/**
 * 汇总 (roll-up, issue 16): the tables 二、三、四 of several offices' reports of one year and one format summed
 * into one interchange document, every summed cell keeping each office's contribution. Pure: no DB, no rules.
 */

/** One report to sum: `name` is the office as people read it (机关名称), unique within a roll-up. */
export interface TRollupPart {
  name: string;
  document: TReportDocument;
}

export interface TRollupOptions {
  /** The supervising office the roll-up is for (its 机关全称); it must not be among the parts. */
  agencyName: string;
}

/** A part cell that could not be read (blank or text): left out of the sum and listed. */
export interface TRollupGap {
  office: string;
  cellId: TCellId;
  label: string;
}

export interface TRollupResult {
  /** The summed document: input cells of 表二/三/四 are the sums; `rollup` holds the contributions. */
  document: TReportDocument;
  template: TReportTemplate;
  gaps: TRollupGap[];
}

export type TRollupOutcome = { ok: true; result: TRollupResult } | { ok: false; errors: string[] };

const SCALE = 10 ** AMOUNT_DECIMALS;
const roundAmount = (value: number) => Math.round(value * SCALE) / SCALE;

/**
 * The sum of one cell's contributions (null ones left out), rounded to 4 decimals as the roll-up sums
 * (0.1 + 0.2 is 0.3, not 0.30000000000000004); null when every contribution is null.
 */
export const sumOfContributions = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v !== null) ? roundAmount(values.reduce<number>((a, v) => a + (v ?? 0), 0)) : null;

/** The offices a part stands for: itself, or every office a contributing roll-up covers (transitively). */
const coveredBy = (part: TRollupPart): string[] => {
  const nested = part.document.rollup?.offices;
  if (!nested) return [part.name];
  return [part.name, ...nested.flatMap((office) => [office.name, ...(office.covers ?? [])])];
};

/**
 * Why these parts cannot be summed, in Chinese, or an empty list: none given; mixed years; mixed format
 * versions (〔2019〕60号 vs 〔2021〕30号: their tables differ, template-spec §1); an office chosen twice, also
 * through a contributing roll-up (duplicate); the target office itself among the parts or inside a
 * contributing roll-up (circular).
 */
export const checkRollupParts = (parts: readonly TRollupPart[], options: TRollupOptions): string[] => {
  if (parts.length === 0) return ["没有选择要汇总的报告"];
  const errors: string[] = [];
  const years = new Map<number, string[]>();
  const versions = new Map<number, string[]>();
  for (const part of parts) {
    years.set(part.document.year, [...(years.get(part.document.year) ?? []), part.name]);
    versions.set(part.document.formatVersion, [
      ...(versions.get(part.document.formatVersion) ?? []),
      part.name,
    ]);
  }
  const describe = (groups: Map<number, string[]>, show: (key: number) => string) =>
    [...groups]
      .map(
        ([key, names]) =>
          `${names.slice(0, 3).join("、")}${names.length > 3 ? `等 ${names.length} 个` : ""}为${show(key)}`,
      )
      .join("；");
  if (years.size > 1) {
    errors.push(
      `不能汇总不同年度的报告：${describe(years, (year) => `${year}年度`)}。请只选择同一年度的报告`,
    );
  } else if (versions.size > 1) {
    errors.push(
      `不能汇总不同格式版本的报告（两种格式的表格不同）：${describe(versions, (v) => `${formatShortLabel(v)}格式`)}`,
    );
  }
  const seen = new Map<string, string>();
  for (const part of parts) {
    for (const office of coveredBy(part)) {
      if (office === options.agencyName) {
        errors.push(
          part.name === office
            ? `不能把汇总机关本身（${office}）的汇总报告再汇总进来（循环汇总）`
            : `${part.name}的汇总报告已包含${office}，不能再汇总进${office}的报告（循环汇总）`,
        );
        continue;
      }
      const first = seen.get(office);
      if (first !== undefined) {
        const where = (name: string) => (name === office ? "单独选择" : `含在${name}的汇总中`);
        errors.push(
          first === office && part.name === office
            ? `重复选择了${office}，每个机关只能汇总一次`
            : `${office}被汇总了两次：${where(first)}，又${where(part.name)}`,
        );
      } else seen.set(office, part.name);
    }
  }
  return [...new Set(errors)];
};

/**
 * Sums the parts' tables into one document of the same year and format. Every input cell of 表二/三/四 is
 * the sum of the parts' readable values (blank when none is readable; amounts rounded to 4 decimals), and
 * `document.rollup.contributions[cellId][i]` is part i's value — for totals too, as each part's report
 * prints them (lib/report/values.ts). Blank or text cells of a part are left out of the sum and listed in
 * `gaps`. The narrative is left empty: the supervising office writes its own.
 * Errors: the Chinese messages of `checkRollupParts`.
 */
export const rollUpReports = (parts: readonly TRollupPart[], options: TRollupOptions): TRollupOutcome => {
  const errors = checkRollupParts(parts, options);
  if (errors.length > 0) return { ok: false, errors };
  const first = parts[0]!.document;
  const template = getTemplate(first.formatVersion);
  const count = template.cells.length;
  const columns: (number | null)[][] = Array.from({ length: count }, () =>
    new Array(parts.length).fill(null),
  );
  const sums: (number | null)[] = new Array(count).fill(null);
  const gaps: TRollupGap[] = [];
  parts.forEach((part, p) => {
    const values = resolveValues(template, part.document);
    for (const cell of template.cells) {
      const value = values.effectiveAt[cell.index] ?? null;
      columns[cell.index]![p] = value;
      if (cell.sumOfIndex) continue;
      if (value === null) {
        gaps.push({ office: part.name, cellId: cell.id, label: cellLabel(cell) });
        continue;
      }
      sums[cell.index] = (sums[cell.index] ?? 0) + value;
    }
  });
  const cells: TReportDocument["cells"] = {};
  const contributions: Record<TCellId, (number | null)[]> = {};
  for (const cell of template.cells) {
    const sum = sums[cell.index];
    if (!cell.sumOfIndex) cells[cell.id] = sum === null || sum === undefined ? null : roundAmount(sum);
    contributions[cell.id] = columns[cell.index]!;
  }
  const document: TReportDocument = {
    format: REPORT_FORMAT_ID,
    formatVersion: first.formatVersion,
    year: first.year,
    details: { agencyName: options.agencyName },
    narrative: {},
    cells,
    source: { kind: "editor" },
    rollup: {
      offices: parts.map((part) => {
        const covers = coveredBy(part).slice(1);
        return covers.length ? { name: part.name, covers } : { name: part.name };
      }),
      contributions,
    },
  };
  return { ok: true, result: { document, template, gaps } };
};

/** One office's share of one cell, for the “各机关数值” popover and the spreadsheet. */
export interface TContribution {
  office: string;
  value: number | null;
}

/** Each office's value of `cellId` in a rolled-up document (empty when the document is no roll-up). */
export const contributionsOf = (document: TReportDocument, cellId: TCellId): TContribution[] => {
  const rollup = document.rollup;
  const values = rollup?.contributions[cellId];
  if (!rollup || !values) return [];
  return rollup.offices.map((office, i) => ({ office: office.name, value: values[i] ?? null }));
};

/** One difference between two roll-ups of the same office and year: an office's value of a cell moved. */
export interface TRollupChange {
  office: string;
  cellId: TCellId;
  label: string;
  before: number | null;
  after: number | null;
}

export interface TRollupComparison {
  changes: TRollupChange[];
  /** Offices in the new roll-up that the old one did not have, and the reverse. */
  added: string[];
  removed: string[];
}

/**
 * What changed between a stored roll-up and one computed now (input cells only: totals follow from
 * them), by office and cell, for the “汇总已过期” notice. Both must be roll-ups of the same format.
 */
export const compareRollups = (before: TReportDocument, after: TReportDocument): TRollupComparison => {
  const template = getTemplate(after.formatVersion);
  const oldOffices = before.rollup?.offices.map((o) => o.name) ?? [];
  const newOffices = after.rollup?.offices.map((o) => o.name) ?? [];
  const changes: TRollupChange[] = [];
  newOffices.forEach((office, i) => {
    const j = oldOffices.indexOf(office);
    if (j === -1) return;
    for (const cell of template.cells) {
      if (cell.sumOfIndex) continue;
      const was = before.rollup?.contributions[cell.id]?.[j] ?? null;
      const now = after.rollup?.contributions[cell.id]?.[i] ?? null;
      if (was !== now)
        changes.push({ office, cellId: cell.id, label: cellLabel(cell), before: was, after: now });
    }
  });
  return {
    changes,
    added: newOffices.filter((name) => !oldOffices.includes(name)),
    removed: oldOffices.filter((name) => !newOffices.includes(name)),
  };
};

/**
 * The “汇总已过期” summary of a comparison: “汇总后甲局、乙局的年报有变化（2 处数值变化，新纳入 乙局）”, naming only
 * what happened (数值变化, 新纳入, 不再纳入); "" when nothing changed.
 */
export const describeRollupChanges = (c: TRollupComparison): string => {
  const who = [...new Set([...c.changes.map((x) => x.office), ...c.added, ...c.removed])];
  if (who.length === 0) return "";
  const what = [
    c.changes.length ? `${c.changes.length} 处数值变化` : "",
    c.added.length ? `新纳入 ${c.added.join("、")}` : "",
    c.removed.length ? `不再纳入 ${c.removed.join("、")}` : "",
  ].filter(Boolean);
  return `汇总后${who.join("、")}的年报有变化（${what.join("，")}）`;
};
