import "server-only";

import { canBatchImportFor } from "@/lib/auth/permissions";
import { ancestorIdsIn, isReviewer, officesUserReviews } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { addOfficeAlias, listOfficeAliases, listReportYears } from "@/lib/db/office-aliases";
import { listOffices } from "@/lib/db/offices";
import { AppError } from "@/lib/errors";
import { batchOutcomeFor, fileSizeProblem } from "@/lib/import/batch";
import {
  matchOffice,
  printedOfficeNames,
  type TMatchableOffice,
  type TMatchOutcome,
} from "@/lib/offices/match-office";
import type { TTableId } from "@/lib/template";
import { currentReportYear } from "@/lib/workflow/report-year";

import { readForReview, storeImportedReport, type TImportInput, type TImportReview } from "./import-report";

/**
 * 批量导入 (issue 11 “many at once”): a 审核人 reads published reports of the offices of its subtree one file at
 * a time (nothing saved), sees each matched to an office by the name it prints, and on confirmation stores
 * each through the single import's storeImportedReport. docs/import.md “批量导入”.
 */

/** What the batch page starts from: the offices the 审核人 may import for, with aliases and years that exist. */
export interface TBatchContext {
  offices: TMatchableOffice[];
  /** Office id → years that already have a report (a row for one of them is a duplicate). */
  existingYears: Record<string, number[]>;
  currentYear: number;
}

const requireReviewer = (user: TSessionUser) => {
  if (!isReviewer(user)) throw new AppError("FORBIDDEN", "只有审核人可以批量导入下级机关的年报。");
};

/** The 审核人's subtree with aliases and existing report years. FORBIDDEN for everybody who reviews nothing. */
export const loadBatchImportFor = async (user: TSessionUser): Promise<TBatchContext> => {
  requireReviewer(user);
  const offices = officesUserReviews(user, await listOffices());
  const ids = offices.map((office) => office.id);
  const [aliases, years] = await Promise.all([listOfficeAliases(ids), listReportYears(ids)]);
  return {
    offices: offices.map((office) => ({
      id: office.id,
      name: office.name,
      aliases: aliases.get(office.id) ?? [],
    })),
    existingYears: Object.fromEntries(years),
    currentYear: currentReportYear(),
  };
};

/** One file of the batch as read: the review (as the single import shows it), the names printed, the match. */
export interface TBatchItem {
  review: TImportReview;
  printedNames: string[];
  match: TMatchOutcome;
}

/**
 * Reads one file (or pasted text) of the batch and matches it to an office of the 审核人's subtree; saves
 * nothing. Errors: FORBIDDEN (not a 审核人), INVALID with the importer's Chinese message (over 20 MB, not a
 * 年报, scanned PDF …). Web addresses are left to the single import.
 */
export const previewBatchItemFor = async (
  user: TSessionUser,
  input: { file?: Uint8Array; text?: string },
): Promise<TBatchItem> => {
  requireReviewer(user);
  const tooLarge = input.file ? fileSizeProblem(input.file.length) : null;
  if (tooLarge) throw new AppError("INVALID", tooLarge);
  const review = await readForReview(input.file ? { file: input.file } : { text: input.text ?? "" });
  const { offices } = await loadBatchImportFor(user);
  const printedNames = printedOfficeNames(review.document.details);
  return { review, printedNames, match: matchOffice(printedNames, offices) };
};

/** One confirmed row: the office the person settled on, the reviewed document, the original, and an alias. */
export interface TBatchSave {
  officeId: string;
  document: unknown;
  /** The file or text again, stored with the report (the single import's rule); absent in tests only. */
  original?: TImportInput;
  blanksAsZero?: readonly TTableId[];
  /** A printed name to keep as an alias of the office (ignored when it is the office's own name). */
  addAlias?: string;
}

/**
 * Stores one confirmed row: a past year as 已发布（导入）, the current year or later as a draft (the single
 * import's two outcomes), with the original kept. Errors: FORBIDDEN (office outside the 审核人's subtree),
 * NOT_FOUND, INVALID, CONFLICT (the office already has a report of that year: duplicates are never stored).
 */
export const saveBatchItemFor = async (
  user: TSessionUser,
  row: TBatchSave,
): Promise<{ id: string; as: "published" | "draft"; aliasAdded: boolean }> => {
  requireReviewer(user);
  const offices = await listOffices();
  const office = offices.find((candidate) => candidate.id === row.officeId);
  if (!office) throw new AppError("NOT_FOUND", "机关不存在。");
  if (!canBatchImportFor(user, { id: office.id, ancestorIds: ancestorIdsIn(office.id, offices) })) {
    throw new AppError("FORBIDDEN", `${office.name}不在您审核的机关范围内，不能为其导入。`);
  }
  const year = (row.document as { year?: unknown } | null)?.year;
  const as = batchOutcomeFor(typeof year === "number" ? year : currentReportYear(), currentReportYear());
  const { id } = await storeImportedReport(
    user,
    office.id,
    row.document,
    as,
    row.blanksAsZero ?? [],
    row.original,
  );
  const alias = row.addAlias?.trim();
  const aliasAdded =
    alias !== undefined && alias.length >= 2 && alias !== office.name
      ? await addOfficeAlias(office.id, alias.slice(0, 100), user.displayName)
      : false;
  return { id, as, aliasAdded };
};
