import { buildTemplate } from "./build-template";
import { table2CarryOver } from "./table2";
import { templateError } from "./template-error";
import type { TFormatDefinition, TFormatVersion, TReportTemplate } from "./types";

/**
 * The registered format versions and everything derived from them. The app has one (`FORMATS` in
 * ./formats); tests build others from a list, e.g. with a third version, to see where it is not handled.
 */
export interface TFormatRegistry {
  /** Definitions, oldest years first. */
  readonly definitions: readonly TFormatDefinition<TFormatVersion>[];
  readonly versions: readonly TFormatVersion[];
  /** The first report year any registered format governs. */
  readonly firstYear: number;
  /** `2019 或 2021`, `2019、2021 或 2027`: the versions for messages. */
  readonly versionList: string;
  isVersion(value: unknown): value is TFormatVersion;
  /** The template of a registered version; throws `模板错误：…未登记…` for any other number. */
  getTemplate(version: TFormatVersion): TReportTemplate;
  /** The format that governs a report year; undefined when no registered format does. */
  findForYear(year: number): TFormatDefinition<TFormatVersion> | undefined;
  /** The templates of every other registered version, oldest first. */
  listOtherTemplates(version: TFormatVersion): TReportTemplate[];
}

const yearsText = ({ from, to }: TFormatDefinition["years"]): string => {
  if (to === undefined) return `${from}年度起`;
  if (to === from) return `${from}年度`;
  return to === from + 1 ? `${from}、${to}年度` : `${from}—${to}年度`;
};

/** `a 或 b`, `a、b 或 c`. */
export const joinWithOr = (items: readonly (string | number)[]): string =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join("、")} 或 ${items[items.length - 1]}`;

const checkDefinitions = (definitions: readonly TFormatDefinition<TFormatVersion>[]): void => {
  if (definitions.length === 0) throw templateError("没有登记任何格式版本");
  const twice = definitions.find((format, index) =>
    definitions.some((other, otherIndex) => otherIndex < index && other.version === format.version),
  );
  if (twice) throw templateError(`格式版本 ${twice.version} 登记了两次`);
  definitions.forEach((format, index) => {
    if (!Number.isInteger(format.version) || (format.version as number) <= 0) {
      throw templateError(`格式版本号应为正整数（${format.documentNo ?? "未定义文号"}）`);
    }
    if (!format.documentNo?.trim() || !format.shortLabel?.trim()) {
      throw templateError(`格式 ${format.version} 未定义文号或简称`);
    }
    const { from, to } = format.years ?? {};
    if (!Number.isInteger(from) || (to !== undefined && !(Number.isInteger(to) && to >= from))) {
      throw templateError(`格式 ${format.version}（${format.documentNo}）的适用年度未定义或无效`);
    }
    const next = definitions[index + 1];
    if (next && (to === undefined || to >= next.years.from)) {
      throw templateError(
        `${format.documentNo}（${yearsText(format.years)}）与 ${next.documentNo}（${yearsText(next.years)}）的适用年度重叠`,
      );
    }
    // Every year from the first format on has exactly one format: a gap would leave those years unsupported.
    if (next && to !== undefined && to + 1 !== next.years.from) {
      throw templateError(
        `${format.documentNo}（${yearsText(format.years)}）与 ${next.documentNo}（${yearsText(next.years)}）之间有年度没有适用的格式`,
      );
    }
    // What a new report takes over from last year's table 二 must exist in the table (fails here, not at 新建).
    if (format.table2) table2CarryOver(format.table2);
  });
};

/**
 * Builds a registry from format definitions: checks them (unique versions, years that do not overlap) and
 * builds every template at once, so a definition the shared builders cannot handle fails here, loudly.
 */
export const createFormatRegistry = (
  definitions: readonly TFormatDefinition<TFormatVersion>[],
): TFormatRegistry => {
  const sorted = [...definitions].sort((a, b) => (a.years?.from ?? 0) - (b.years?.from ?? 0));
  checkDefinitions(sorted);
  const templates = new Map(sorted.map((format) => [format.version as number, buildTemplate(format)]));
  const versions = sorted.map((format) => format.version);
  const versionList = joinWithOr(versions);
  const getTemplate = (version: TFormatVersion): TReportTemplate => {
    const template = templates.get(version);
    if (!template) throw templateError(`格式版本 ${version} 未登记（已登记：${versionList}）`);
    return template;
  };
  return {
    definitions: sorted,
    versions,
    firstYear: Math.min(...sorted.map((format) => format.years.from)),
    versionList,
    isVersion: (value): value is TFormatVersion => typeof value === "number" && templates.has(value),
    getTemplate,
    findForYear: (year) =>
      sorted.find(
        (format) => year >= format.years.from && (format.years.to === undefined || year <= format.years.to),
      ),
    listOtherTemplates: (version) =>
      sorted.filter((format) => format.version !== version).map((format) => getTemplate(format.version)),
  };
};

/** `2019、2020年度用国办公开办函〔2019〕60号格式，2021年度起用国办公开办函〔2021〕30号格式`. */
export const describeFormatYears = (registry: Pick<TFormatRegistry, "definitions">): string =>
  registry.definitions.map((format) => `${yearsText(format.years)}用${format.documentNo}格式`).join("，");
