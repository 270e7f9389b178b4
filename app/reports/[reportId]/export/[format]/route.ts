import { getCurrentUser } from "@/lib/auth/session";
import { AppError, errorResponse } from "@/lib/errors";
import { attachmentHeaders } from "@/lib/export/content-types";
import { exportReportFor } from "@/lib/services/export-report";

export const dynamic = "force-dynamic";

/**
 * Downloads the report as .docx or .html under its official file name; `?charts=1` adds 附：图解. A published
 * report is sent on to its frozen edition (D60: one download path, what was published).
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ reportId: string; format: string }> },
) {
  try {
    const { reportId, format } = await params;
    if (format !== "docx" && format !== "html") throw new AppError("NOT_FOUND", "不支持的导出格式。");
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
    const withCharts = new URL(request.url).searchParams.get("charts") === "1";
    const exported = await exportReportFor(user, reportId, format, withCharts);
    if ("publishedEdition" in exported)
      return new Response(null, {
        status: 307,
        headers: {
          location: `/reports/${reportId}/published/${exported.publishedEdition}/${format}`,
          "cache-control": "no-store",
        },
      });
    const { fileName, body } = exported;
    return new Response(body, {
      headers: {
        ...attachmentHeaders(format, fileName),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
