import "server-only";

import { z } from "zod";

import { fillerOfficeIds } from "@/lib/auth/permissions";
import { createReport, findReportByOfficeYear, getOfficeName, saveReportDraft, type TSaveResult } from "@/lib/db/reports";
import type { TSessionUser } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { createEmptyReport, prefillFromLastYear } from "@/lib/report/new-report";
import { formatSchemaIssues, reportDraftSchema } from "@/lib/report/schema";
import { getTemplate, isSupportedYear } from "@/lib/template";

import { loadReportFor } from "./report-access";

export const ZSaveDraftRequest = z.object({
  baseVersion: z.int().positive(),
  document: z.unknown(),
});

/** Saves a draft after the same checks the browser made, plus the ones only the server can make. */
export const saveDraftFor = async (user: TSessionUser, reportId: string, body: unknown): Promise<TSaveResult> => {
  const request = ZSaveDraftRequest.safeParse(body);
  if (!request.success) throw new AppError("INVALID", "保存请求格式无效。", formatSchemaIssues(request.error));
  const report = await loadReportFor(user, reportId, "edit");
  const parsed = reportDraftSchema(getTemplate(report.document.formatVersion)).safeParse(request.data.document);
  if (!parsed.success) throw new AppError("INVALID", "年报数据无效，未保存。", formatSchemaIssues(parsed.error));
  if (parsed.data.year !== report.year || parsed.data.formatVersion !== report.document.formatVersion) {
    throw new AppError("INVALID", `年度或格式与该年报（${report.year}年度）不符，未保存。`);
  }
  return saveReportDraft({ id: report.id, baseVersion: request.data.baseVersion, document: parsed.data, actor: { id: user.id, name: user.displayName } });
};

/** A new report for an office and year, starting from last year's report of the office when there is one. */
export const createReportFor = async (user: TSessionUser, officeId: string, year: number): Promise<{ id: string; prefilledFrom: number | null }> => {
  if (!fillerOfficeIds(user).includes(officeId)) throw new AppError("FORBIDDEN", "只有本机关的填报人可以新建年报。");
  if (!isSupportedYear(year)) throw new AppError("INVALID", "年度无效：支持 2019 年度及以后的报告。");
  const agencyName = await getOfficeName(officeId);
  if (!agencyName) throw new AppError("NOT_FOUND", "机关不存在。");
  const lastYear = await findReportByOfficeYear(officeId, year - 1);
  const empty = createEmptyReport(agencyName, year);
  const document = lastYear ? prefillFromLastYear(empty, lastYear.document) : empty;
  const created = await createReport({ officeId, document, actor: { id: user.id, name: user.displayName } });
  if ("exists" in created) throw new AppError("CONFLICT", `${agencyName}${year}年度的年报已存在。`, { id: created.exists });
  return { id: created.id, prefilledFrom: lastYear ? lastYear.year : null };
};

