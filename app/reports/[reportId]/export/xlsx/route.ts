import { getCurrentUser } from "@/lib/auth/session";
import { AppError, errorResponse } from "@/lib/errors";
import { publicFileHeaders, publicFileName } from "@/lib/public/download";
import { reportTitle } from "@/lib/report/title";
import { loadReportFor } from "@/lib/services/report-access";
import { buildTablesWorkbook } from "@/lib/spreadsheet/tables-xlsx";
import { getTemplate } from "@/lib/template";

export const dynamic = "force-dynamic";

/** The three tables of any report the user may see (a draft too) as .xlsx laid out like the national form. */
export async function GET(_request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const { reportId } = await params;
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
    const report = await loadReportFor(user, reportId, "view");
    const body = await buildTablesWorkbook(getTemplate(report.document.formatVersion), report.document);
    const name = publicFileName(reportTitle(report.document), "tables.xlsx", 1);
    return new Response(body, {
      headers: { ...publicFileHeaders("tables.xlsx", name), "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
