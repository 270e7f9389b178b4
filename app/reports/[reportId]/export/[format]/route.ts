import { getCurrentUser } from "@/lib/auth/session";
import { AppError, errorResponse } from "@/lib/errors";
import { buildDocx } from "@/lib/export/docx";
import { attachmentHeaders } from "@/lib/export/content-types";
import { exportFileName } from "@/lib/export/format";
import { buildHtml } from "@/lib/export/html";
import { reportTitle } from "@/lib/report/title";
import { loadReportFor } from "@/lib/services/report-access";
import { getTemplate } from "@/lib/template";

export const dynamic = "force-dynamic";

/** Downloads the report as .docx or .html under its official file name. */
export async function GET(_request: Request, { params }: { params: Promise<{ reportId: string; format: string }> }) {
  try {
    const { reportId, format } = await params;
    if (format !== "docx" && format !== "html") throw new AppError("NOT_FOUND", "不支持的导出格式。");
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
    const report = await loadReportFor(user, reportId, "view");
    const template = getTemplate(report.document.formatVersion);
    const body = format === "docx" ? new Uint8Array(await buildDocx(template, report.document)) : buildHtml(template, report.document);
    const name = exportFileName(reportTitle(report.document), format);
    return new Response(body, {
      headers: {
        ...attachmentHeaders(format, name),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
