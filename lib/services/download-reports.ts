import "server-only";

import JSZip from "jszip";
import { z } from "zod";

import { isReviewer, officesUserReviews } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listOffices } from "@/lib/db/offices";
import { loadReportsForDownload } from "@/lib/db/review-board";
import { AppError } from "@/lib/errors";
import { buildDocx } from "@/lib/export/docx";
import { exportFileName } from "@/lib/export/format";
import { reportTitle } from "@/lib/report/title";
import { FIRST_SUPPORTED_YEAR, getTemplate, LAST_SUPPORTED_YEAR } from "@/lib/template";

import { parseRequest } from "./parse-input";

/** At most this many offices per zip (each approved report is rendered on request; published ones are stored). */
export const MAX_DOWNLOAD_OFFICES = 300;

export const ZDownloadReportsRequest = z.object({
  year: z
    .number({ error: "年度无效。" })
    .int("年度无效。")
    .min(FIRST_SUPPORTED_YEAR, "年度无效。")
    .max(LAST_SUPPORTED_YEAR, "年度无效。"),
  officeIds: z
    .array(z.uuid({ error: "机关无效。" }), { error: "请选择要下载的机关。" })
    .min(1, "请选择要下载的机关。")
    .max(MAX_DOWNLOAD_OFFICES, `一次最多下载 ${MAX_DOWNLOAD_OFFICES} 个机关的年报，请分批下载。`),
});

/**
 * 批量下载: the chosen offices' reports of `year` that are 已通过 or 已发布, as one zip of .docx files — a
 * published report as the exact file frozen at its latest publication, an approved one rendered now with the
 * 草稿 mark (only publication removes it, as in the single download). `清单.txt` lists what is in the zip and
 * which chosen offices were left out and why. FORBIDDEN when any office is outside the user's review scope;
 * INVALID when none of the chosen has an approved or published report.
 */
export const downloadReportsZipFor = async (
  user: TSessionUser,
  body: unknown,
): Promise<{ fileName: string; bytes: Uint8Array; count: number }> => {
  if (!isReviewer(user)) throw new AppError("FORBIDDEN", "只有审核人可以批量下载年报。");
  const request = parseRequest(ZDownloadReportsRequest, body);
  const { year } = request;
  const ids = [...new Set(request.officeIds)];
  const reviewed = new Map(officesUserReviews(user, await listOffices()).map((o) => [o.id, o]));
  if (ids.some((id) => !reviewed.has(id)))
    throw new AppError("FORBIDDEN", "所选机关中有不在您审核范围内的机关。");
  const reports = await loadReportsForDownload(ids, year);
  if (reports.length === 0) throw new AppError("INVALID", `所选机关没有已通过或已发布的 ${year} 年度年报。`);
  const zip = new JSZip();
  const listing: string[] = [`${year} 年度政府信息公开工作年度报告（共 ${reports.length} 份）`, ""];
  const used = new Set<string>();
  for (const report of reports) {
    if (!report.document) {
      listing.push(`未收入：${report.officeName}（数据无法读取，请联系管理员）`);
      continue;
    }
    const bytes =
      report.frozenDocx ??
      (await buildDocx(getTemplate(report.document.formatVersion), report.document, { status: "draft" }));
    let name = exportFileName(reportTitle(report.document), "docx");
    if (used.has(name)) name = exportFileName(`${report.officeName}-${reportTitle(report.document)}`, "docx");
    used.add(name);
    zip.file(name, bytes);
    listing.push(
      `${name}　${report.status === "PUBLISHED" ? "已发布（发布时冻结的原件）" : "已通过（未发布，标“草稿”）"}`,
    );
  }
  const included = new Set(reports.map((r) => r.officeId));
  const left = ids.filter((id) => !included.has(id)).map((id) => reviewed.get(id)!.name);
  if (left.length) listing.push("", `未收入（没有已通过或已发布的年报）：${left.join("、")}`);
  zip.file("清单.txt", `${listing.join("\r\n")}\r\n`);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { fileName: `${year}年度年报（${reports.length}份）.zip`, bytes, count: reports.length };
};
