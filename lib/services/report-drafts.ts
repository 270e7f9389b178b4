import "server-only";

import { EDITABLE_STATUSES, isFillerOf } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import {
  createReport,
  findReportByOfficeYear,
  getOfficeName,
  saveReportDraft,
  type TSaveResult,
} from "@/lib/db/reports";
import { firstSchemaProblem } from "@/lib/cli/schema-place";
import { AppError } from "@/lib/errors";
import { createEmptyReport, prefillFromLastYear } from "@/lib/report/new-report";
import { ZSaveDraftRequest } from "@/lib/report/save-protocol";
import { formatSchemaIssues, reportDraftSchema, type TReportDocument } from "@/lib/report/schema";
import { nameThenYear } from "@/lib/report/title";
import { FIRST_SUPPORTED_YEAR, getTemplate, isSupportedYear } from "@/lib/template";

import { creatableReportYears, creatableYearProblem } from "@/lib/workflow/report-year";

import { loadEditableHeadFor, loadReportFor } from "./report-access";

/**
 * Saves a draft after the same checks the browser made, plus the ones only the server can make (D39): the request
 * and the document are parsed once (the document against the report's template), the access check reads the
 * report's head only (the stored document is read only for a 汇总, whose tables may not change here), and
 * lib/db's `saveReportDraft` writes it and its history in one statement. Answers `{ ok: true, version, updatedAt }`
 * or a conflict (someone saved since `baseVersion`). Errors: INVALID (request or document), NOT_FOUND, FORBIDDEN,
 * READ_ONLY (also when the report was submitted, deleted … between the check and the write).
 */
export const saveDraftFor = async (
  user: TSessionUser,
  reportId: string,
  body: unknown,
): Promise<TSaveResult> => {
  const request = ZSaveDraftRequest.safeParse(body);
  if (!request.success)
    throw new AppError("INVALID", "保存请求格式无效。", formatSchemaIssues(request.error));
  const head = await loadEditableHeadFor(user, reportId);
  const parsed = reportDraftSchema(getTemplate(head.formatVersion)).safeParse(request.data.document);
  if (!parsed.success)
    throw new AppError(
      "INVALID",
      `年报数据无效，未保存：${firstSchemaProblem(parsed.error.issues)}。`,
      formatSchemaIssues(parsed.error),
    );
  if (parsed.data.year !== head.year || parsed.data.formatVersion !== head.formatVersion) {
    throw new AppError("INVALID", `年度或格式与该年报（${head.year}年度）不符，未保存。`);
  }
  if (head.rollup) await keepRollupTables(user, reportId, parsed.data);
  const result = await saveReportDraft({
    id: head.id,
    baseVersion: request.data.baseVersion,
    document: parsed.data,
    actor: { id: user.id, name: user.displayName },
  });
  // Refused because it is no longer an editable draft (submitted, deleted …): say so as the access check would.
  if (!result.ok && (result.deleted || !(EDITABLE_STATUSES as readonly string[]).includes(result.status)))
    await loadReportFor(user, reportId, "edit");
  return result;
};

/**
 * A roll-up's tables are the sums (lib/services/rollup.ts): they change only there, with a reason. Refuses a
 * document whose cells differ from the stored ones (INVALID, the cells named); otherwise gives it the stored
 * `rollup` record.
 */
const keepRollupTables = async (user: TSessionUser, reportId: string, document: TReportDocument) => {
  const report = await loadReportFor(user, reportId, "edit");
  const rollup = report.document.rollup;
  if (!rollup) return;
  const changed = Object.keys({ ...report.document.cells, ...document.cells }).filter(
    (id) => (report.document.cells[id] ?? null) !== (document.cells[id] ?? null),
  );
  if (changed.length)
    throw new AppError(
      "INVALID",
      "汇总报告的表二、表三、表四由汇总生成，只能在汇总页调整并写明理由，未保存。",
      {
        cells: changed,
      },
    );
  document.rollup = rollup;
};

/** A new report for an office and year, starting from last year's report of the office when there is one. */
export const createReportFor = async (
  user: TSessionUser,
  officeId: string,
  year: number,
): Promise<{ id: string; prefilledFrom: number | null }> => {
  if (!isFillerOf(user, officeId)) throw new AppError("FORBIDDEN", "只有本机关的填报人可以新建年报。");
  const yearProblem = creatableYearProblem(year, creatableReportYears());
  if (yearProblem) throw new AppError("INVALID", yearProblem);
  if (!isSupportedYear(year))
    throw new AppError("INVALID", `年度无效：支持 ${FIRST_SUPPORTED_YEAR} 年度及以后的报告。`);
  const agencyName = await getOfficeName(officeId);
  if (!agencyName) throw new AppError("NOT_FOUND", "机关不存在。");
  const lastYear = await findReportByOfficeYear(officeId, year - 1);
  const empty = createEmptyReport(agencyName, year);
  const document = lastYear ? prefillFromLastYear(empty, lastYear.document) : empty;
  const created = await createReport({ officeId, document, actor: { id: user.id, name: user.displayName } });
  if ("exists" in created)
    throw new AppError("CONFLICT", `${nameThenYear(agencyName, year)}年度的年报已存在。`, {
      id: created.exists,
    });
  return { id: created.id, prefilledFrom: lastYear ? lastYear.year : null };
};
