import "server-only";

import { z } from "zod";

import { isFillerOf } from "@/lib/auth/permissions";
import { fillerOffices } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { getDeletedReport, listDeletedReports, restoreDeletedReport } from "@/lib/db/deleted-reports";
import { AppError } from "@/lib/errors";

import { actorOf } from "./workflow-steps";

/** A deleted draft as 我的年报 lists it (serialisable). */
export interface TDeletedDraftRow {
  id: string;
  officeName: string;
  year: number;
  /** ISO time of the deletion. */
  deletedAt: string;
  deletedBy: string | null;
}

/**
 * 我的年报's 已删除的草稿 (D60): the deleted drafts of the offices where the user is 填报人 (the people who may
 * delete and restore them), newest deletion first.
 */
export const listDeletedDraftsFor = async (user: TSessionUser): Promise<TDeletedDraftRow[]> => {
  const rows = await listDeletedReports(fillerOffices(user).map((o) => o.id));
  return rows.map((row) => ({
    id: row.id,
    officeName: row.officeName,
    year: row.year,
    deletedAt: row.deletedAt.toISOString(),
    deletedBy: row.deletedBy,
  }));
};

/**
 * 恢复: a 填报人 of the draft's office takes a deleted draft back as it was (status 草稿; content, comments and
 * history kept) and the history records 恢复草稿. Errors: NOT_FOUND (no deleted draft of an office where the
 * user is 填报人 — the same answer for both, as for reports), CONFLICT (restored or created again meanwhile).
 */
export const restoreDraftFor = async (user: TSessionUser, reportId: unknown): Promise<{ id: string }> => {
  const id = z.uuid().safeParse(reportId);
  const found = id.success ? await getDeletedReport(id.data) : null;
  if (!id.success || !found || !isFillerOf(user, found.officeId))
    throw new AppError("NOT_FOUND", "没有找到这份已删除的草稿。");
  const restored = await restoreDeletedReport({ id: id.data, year: found.year, actor: actorOf(user) });
  if (!restored) throw new AppError("CONFLICT", "这份草稿已被恢复或已重新新建，请刷新页面。");
  return { id: id.data };
};
