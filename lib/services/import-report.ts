import "server-only";

import { isFillerOf } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import { createReport, getOfficeName } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import { importFile, importFromUrl, importText, MAX_TEXT_CHARS } from "@/lib/import/import-report";
import type { TNewImportSource } from "@/lib/db/report-import-sources";
import { MAX_FILE_BYTES } from "@/lib/import/detect";
import { YEAR_UNKNOWN } from "@/lib/import/read-report";
import { fetchPublishedPage } from "@/lib/import/fetch-page";
import type { TImportResult } from "@/lib/import/types";
import { formatSchemaIssues, reportDraftSchema, type TReportDocument } from "@/lib/report/schema";
import { firstSchemaProblem } from "@/lib/cli/schema-place";
import { nameThenYear } from "@/lib/report/title";
import { evaluateReport, type TFinding } from "@/lib/rules/evaluate";
import { getTemplate, isSupportedYear, type TTableId } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";
import { currentReportYear } from "@/lib/workflow/report-year";

/** What the review screen shows before anything is saved: the import and the checker's findings on it. */
export interface TImportReview extends TImportResult {
  findings: TFinding[];
}

/**
 * Reads an uploaded file, pasted text or a published page's web address (fetched by the server with the
 * importer's address checks, lib/import/fetch-page.ts) into a review (nothing is saved). Only a 填报人 of some office may
 * import. Errors: `INVALID` with the importer's Chinese message (not a 年报, scanned PDF, too large …).
 */
export const previewImportFor = async (
  user: TSessionUser,
  input: { file?: Uint8Array; text?: string; url?: string; year?: number },
): Promise<TImportReview> => {
  if (!user.memberships.some((membership) => membership.role === "FILLER")) {
    throw new AppError("FORBIDDEN", "只有填报人可以导入年报。");
  }
  return readForReview(input);
};

/**
 * Reads a file, pasted text or web address into a review, with no permission check (the caller checks: a
 * 填报人 here, a 审核人 in the batch import). Errors: `INVALID` with the importer's Chinese message.
 */
export const readForReview = async (input: {
  file?: Uint8Array;
  text?: string;
  url?: string;
  /** The year the person chose when the report prints none (the panel's 年度 select). */
  year?: number;
}): Promise<TImportReview> => {
  if (input.file && input.file.length > MAX_FILE_BYTES)
    throw new AppError("INVALID", "文件超过 20 MB，无法导入。");
  if (input.text && input.text.length > MAX_TEXT_CHARS) throw new AppError("INVALID", "粘贴的文字过长。");
  const options = input.year ? { year: input.year } : {};
  const outcome = input.file
    ? await importFile(input.file, options)
    : input.url
      ? await importFromUrl(input.url, options)
      : importText(input.text ?? "", options);
  if (!outcome.ok) throw readError(outcome.error);
  return { ...outcome.result, findings: evaluateReport(outcome.result.document) };
};

/** What a person imports from: an uploaded file (with its name), pasted text, or a web address. */
export interface TImportInput {
  file?: Uint8Array;
  fileName?: string;
  text?: string;
  url?: string;
  /** The year chosen on the page when the report prints none. */
  year?: number;
}

/**
 * The importer's error for the web: no year read → “请在“年度”中选择” with `details.needsYear` (the panel then
 * shows its 年度 select); anything else as it is. INVALID.
 */
const readError = (error: string): AppError =>
  error.startsWith(YEAR_UNKNOWN)
    ? new AppError("INVALID", `${YEAR_UNKNOWN}，请在“年度”中选择报告的年度后再读取。`, { needsYear: true })
    : new AppError("INVALID", error);

/**
 * The original as it is stored with the report (issue 11 “the source file is stored with the draft”): its
 * bytes (a page fetched again from its address; pasted text as UTF-8) and the provenance the server itself
 * reads from them, never what the browser sent. INVALID when it no longer reads.
 */
const readOriginal = async (input: TImportInput): Promise<TNewImportSource> => {
  let name = "粘贴的文字";
  let content: Uint8Array;
  if (input.file) {
    name = input.fileName?.trim().slice(0, 200) || "上传的文件";
    content = input.file;
  } else if (input.url) {
    const page = await fetchPublishedPage(input.url).catch((error: unknown) => {
      throw new AppError("INVALID", error instanceof Error ? error.message : "无法读取该网址。");
    });
    name = page.url;
    content = page.bytes;
  } else {
    content = new TextEncoder().encode(input.text ?? "");
  }
  const options = input.year ? { year: input.year } : {};
  const outcome =
    input.text !== undefined && !input.file
      ? importText(input.text, options)
      : await importFile(content, options);
  if (!outcome.ok) throw readError(outcome.error);
  return {
    name,
    kind: outcome.result.source.kind,
    content,
    provenance: outcome.result.provenance,
    blanks: outcome.result.blanks,
  };
};

/**
 * The history's words for an imported report: how it was stored and which tables' blanks the person chose to
 * count as 0 on the review screen (issue 11: one explicit action per table, recorded).
 */
export const importNote = (as: "draft" | "published", blanksAsZero: readonly TTableId[]): string => {
  const base = as === "published" ? "由导入的已发布报告存为已发布（导入）" : "由导入的文件新建";
  const tables = [...new Set(blanksAsZero)].sort().map((table) => TABLE_NAMES[table]);
  return tables.length ? `${base}；${tables.join("、")}中原报告空白的单元格按 0 计` : base;
};

/**
 * `as: "published"`: stores a past year's published report (status PUBLISHED, shown as 已发布（导入）) so that the
 * next year's new report is prefilled from it (上年结转, 现行有效件数: lib/report/new-report.ts); only for a year
 * before the current report year.
 *
 * Creates a draft for `officeId` from an imported document the person reviewed (choices applied by the
 * browser, cells still checked here): the office's registered name replaces the printed one, the printed title
 * is kept, `source.kind` is `import`. Errors: FORBIDDEN (not a 填报人 of the office), INVALID (year or cells),
 * CONFLICT with the existing report's id.
 */
export const createImportedDraftFor = async (
  user: TSessionUser,
  officeId: string,
  document: unknown,
  as: "draft" | "published" = "draft",
  blanksAsZero: readonly TTableId[] = [],
  original?: TImportInput,
): Promise<{ id: string }> => {
  if (!isFillerOf(user, officeId)) throw new AppError("FORBIDDEN", "只有本机关的填报人可以新建年报。");
  return storeImportedReport(user, officeId, document, as, blanksAsZero, original);
};

/**
 * What createImportedDraftFor does after its permission check (the batch import checks the 审核人's scope
 * instead): validates the document and year, stores it with its original. Same errors but FORBIDDEN.
 */
export const storeImportedReport = async (
  user: TSessionUser,
  officeId: string,
  document: unknown,
  as: "draft" | "published",
  blanksAsZero: readonly TTableId[],
  original?: TImportInput,
): Promise<{ id: string }> => {
  const agencyName = await getOfficeName(officeId);
  if (!agencyName) throw new AppError("NOT_FOUND", "机关不存在。");
  const candidate = document as Partial<TReportDocument> | null;
  if (!candidate || typeof candidate.year !== "number" || !isSupportedYear(candidate.year)) {
    throw new AppError("INVALID", "导入的年报年度无效。");
  }
  const parsed = reportDraftSchema(getTemplate(candidate.formatVersion ?? 2021)).safeParse({
    ...candidate,
    details: { ...(candidate.details ?? {}), agencyName },
  });
  if (!parsed.success) {
    // The review showed nothing wrong: the first problem by its place (tester2: a 170 万字 section).
    throw new AppError(
      "INVALID",
      `导入的年报数据无效，未保存：${firstSchemaProblem(parsed.error.issues)}。`,
      formatSchemaIssues(parsed.error),
    );
  }
  if (as === "published" && parsed.data.year >= currentReportYear()) {
    throw new AppError("INVALID", `只有往年（${currentReportYear() - 1}年度及以前）的报告可以存为已发布。`);
  }
  const importSource = original ? await readOriginal(original) : undefined;
  // A draft is worked on: its 总计 are computed from the cells again (a printed total kept from the original
  // would win over the sums and could never be corrected, the 总计 cells being read-only). A published import
  // keeps the totals as the original printed them.
  const { printedTotals, ...rest } = parsed.data;
  // `printedTotals` present (even empty) is what marks a report kept as published (isAsPublishedImport).
  const stored = as === "published" ? { ...rest, printedTotals: printedTotals ?? {} } : rest;
  const created = await createReport({
    officeId,
    document: { ...stored, source: { kind: "import", note: parsed.data.source?.note } },
    ...(importSource ? { importSource } : {}),
    actor: { id: user.id, name: user.displayName },
    ...(as === "published" ? { status: "PUBLISHED" as const } : {}),
    note: importNote(as, blanksAsZero),
  });
  if ("exists" in created) {
    throw new AppError("CONFLICT", `${nameThenYear(agencyName, parsed.data.year)}年度的年报已存在。`, {
      id: created.exists,
    });
  }
  return created;
};
