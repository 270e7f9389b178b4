import { toCsv } from "./csv";
import { publicFilePath, publicReportPath } from "./paths";
import type { TPublicOffice } from "./types";

/**
 * A region's index as open data (docs/open-data.md): one entry per published edition of every office in the
 * region, newest year first. Addresses are absolute paths on this site; `origin` makes them full URLs.
 */
export interface TIndexEntry {
  officeId: string;
  office: string;
  parentOffice: string | null;
  year: number;
  edition: number;
  /** ISO 8601 instant. */
  publishedAt: string;
  correctionNote: string | null;
  deadline: string;
  /** 0 when on time. */
  daysLate: number;
  onTime: string;
  docxSha256: string;
  htmlSha256: string;
  page: string;
  docx: string;
  html: string;
  json: string;
}

export const indexEntries = (offices: readonly TPublicOffice[], origin = ""): TIndexEntry[] =>
  offices
    .flatMap((office) =>
      office.years.flatMap((entry) =>
        entry.editions.map((edition) => ({
          officeId: office.id,
          office: office.name,
          parentOffice: office.parentName,
          year: entry.year,
          edition: edition.edition,
          publishedAt: edition.publishedAt,
          correctionNote: edition.note,
          deadline: entry.timeliness.deadline,
          daysLate: entry.timeliness.daysLate,
          onTime: entry.timeliness.label,
          docxSha256: edition.docxSha256,
          htmlSha256: edition.htmlSha256,
          page: origin + publicReportPath(office.id, entry.year, edition.edition),
          docx: origin + publicFilePath(office.id, entry.year, edition.edition, "report.docx"),
          html: origin + publicFilePath(office.id, entry.year, edition.edition, "report.html"),
          json: origin + publicFilePath(office.id, entry.year, edition.edition, "report.json"),
        })),
      ),
    )
    .sort((a, b) => b.year - a.year || a.office.localeCompare(b.office, "zh-CN") || a.edition - b.edition);

/** The CSV columns of the index, in the order of `TIndexEntry` (docs/open-data.md). */
export const INDEX_CSV_HEADER = [
  "机关编号",
  "机关",
  "上级机关",
  "年度",
  "版次",
  "发布时间",
  "更正说明",
  "法定期限",
  "逾期天数",
  "是否按时",
  "Word文件SHA-256",
  "网页文件SHA-256",
  "页面地址",
  "Word地址",
  "网页地址",
  "JSON地址",
] as const;

export const indexCsv = (entries: readonly TIndexEntry[]): string =>
  toCsv(
    INDEX_CSV_HEADER,
    entries.map((e) => [
      e.officeId,
      e.office,
      e.parentOffice,
      e.year,
      e.edition,
      e.publishedAt,
      e.correctionNote,
      e.deadline,
      e.daysLate,
      e.onTime,
      e.docxSha256,
      e.htmlSha256,
      e.page,
      e.docx,
      e.html,
      e.json,
    ]),
  );
