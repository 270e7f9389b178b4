/**
 * Stable public addresses of the 年报专栏. The office key is the office's id (a UUID that never changes,
 * while office names change with reorganisations; docs/decisions.md D28). Years are 4 digits, editions
 * 1, 2 ….
 */

export const PORTAL_PATH = "/gongkai";

/** The files of one edition, by the name they have in its address. */
export const PUBLIC_FILES = {
  "report.docx": { label: "Word 文件（.docx）", suffix: "", extension: "docx" },
  "report.html": { label: "网页文件（.html）", suffix: "", extension: "html" },
  "report.pdf": { label: "PDF 文件（由网页文件打印）", suffix: "", extension: "pdf" },
  "report.json": { label: "交换格式数据（JSON）", suffix: "", extension: "json" },
  "t2.csv": { label: "表二数据（CSV）", suffix: "（表二）", extension: "csv" },
  "t3.csv": { label: "表三数据（CSV）", suffix: "（表三）", extension: "csv" },
  "t4.csv": { label: "表四数据（CSV）", suffix: "（表四）", extension: "csv" },
  "tables.xlsx": { label: "统计表（Excel）", suffix: "（统计表）", extension: "xlsx" },
} as const;
export type TPublicFileName = keyof typeof PUBLIC_FILES;

export const isPublicFileName = (name: string): name is TPublicFileName => Object.hasOwn(PUBLIC_FILES, name);

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment can be an office key (anything else is a 404 before any query). */
export const isOfficeKey = (segment: string): boolean => UUID_RE.test(segment);

/** A year segment `2024` (4 digits, no sign, no leading zero), or null. */
export const parseYearSegment = (segment: string): number | null =>
  /^[12]\d{3}$/.test(segment) ? Number(segment) : null;

/** An edition segment `1` … (stored as a 32-bit integer), or null. */
export const parseEditionSegment = (segment: string | undefined): number | null =>
  segment !== undefined && /^[1-9]\d{0,8}$/.test(segment) ? Number(segment) : null;

export const publicOfficePath = (officeId: string): string => `${PORTAL_PATH}/${officeId}`;

/** The report page; without `edition` it shows the latest edition. */
export const publicReportPath = (officeId: string, year: number, edition?: number): string =>
  `${PORTAL_PATH}/${officeId}/${year}${edition ? `?edition=${edition}` : ""}`;

export const publicChartsPath = (officeId: string, year: number, edition?: number): string =>
  `${PORTAL_PATH}/${officeId}/${year}/tujie${edition ? `?edition=${edition}` : ""}`;

export const publicFilePath = (
  officeId: string,
  year: number,
  edition: number,
  file: TPublicFileName,
): string => `${PORTAL_PATH}/${officeId}/${year}/${edition}/${file}`;

/** The region index (this office and every office below it) as open data. */
export const publicIndexPath = (officeId: string | null, format: "json" | "csv"): string =>
  officeId ? `${PORTAL_PATH}/${officeId}/index.${format}` : `${PORTAL_PATH}/index.${format}`;

/** Longest 年报专栏 search query used, in characters (an office name is far shorter); the rest is cut. */
export const SEARCH_QUERY_MAX = 100;
