import { FORMATS } from "./formats";
import { describeFormatYears } from "./registry";
import { templateError } from "./template-error";
import type { TFormatDefinition, TFormatVersion, TReportTemplate } from "./types";

export type * from "./types";
export { FORMAT_DEFINITIONS, FORMATS } from "./formats";

/**
 * The app's format versions, read from the registry (lib/template/formats). Nothing outside the registry
 * names a version number or the years a format governs.
 */

/** Registered versions, oldest first. */
export const FORMAT_VERSIONS: readonly TFormatVersion[] = FORMATS.versions;

/** The template of a registered version; throws `模板错误：…未登记…` for any other. */
export const getTemplate = (version: TFormatVersion): TReportTemplate => FORMATS.getTemplate(version);

/** First report year of the national format (the 2019 条例 revision); earlier years are not supported. */
export const FIRST_SUPPORTED_YEAR = FORMATS.firstYear;

/** Last report year the app accepts (a typo guard, as in the interchange schema). */
export const LAST_SUPPORTED_YEAR = 2100;

/** The format that governs a report year, or undefined when no registered format covers it. */
export const findFormatForYear = (year: number): TFormatDefinition<TFormatVersion> | undefined =>
  FORMATS.findForYear(year);

/**
 * The version a new report of `year` uses: 2019 and 2020 follow 〔2019〕60号, 2021 onward 〔2021〕30号.
 * Throws `模板错误：…` for a year no registered format governs; check `isSupportedYear` first.
 */
export const formatVersionForYear = (year: number): TFormatVersion => {
  const format = findFormatForYear(year);
  if (!format) throw templateError(`${year}年度没有适用的报告格式（支持 ${FIRST_SUPPORTED_YEAR} 年度起）`);
  return format.version;
};

export const isSupportedYear = (year: number): boolean =>
  Number.isInteger(year) && year <= LAST_SUPPORTED_YEAR && findFormatForYear(year) !== undefined;

export const isFormatVersion = (value: unknown): value is TFormatVersion => FORMATS.isVersion(value);

/** Templates of every registered version other than `version` (“this cell belongs to another format”). */
export const listOtherTemplates = (version: TFormatVersion): TReportTemplate[] =>
  FORMATS.listOtherTemplates(version);

/** `〔2021〕30号` for lists; a stored number no format is registered for is shown as such, not guessed. */
export const formatShortLabel = (version: number): string =>
  FORMATS.isVersion(version) ? FORMATS.getTemplate(version).format.shortLabel : `未登记的格式 ${version}`;

/** `2019、2020年度用国办公开办函〔2019〕60号格式，2021年度起用国办公开办函〔2021〕30号格式`. */
export const FORMAT_YEARS_TEXT = describeFormatYears(FORMATS);
