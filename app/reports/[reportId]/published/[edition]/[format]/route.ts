import { getCurrentUser } from "@/lib/auth/session";
import { AppError, errorResponse } from "@/lib/errors";
import { attachmentHeaders } from "@/lib/export/content-types";
import { exportFileName } from "@/lib/export/format";
import { reportTitle } from "@/lib/report/title";
import { loadPublishedFileFor } from "@/lib/services/load-published-file";

export const dynamic = "force-dynamic";

/** A published edition exactly as it was frozen at publication, whatever happened to the report since. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ reportId: string; edition: string; format: string }> },
) {
  try {
    const { reportId, edition, format } = await params;
    // Editions are stored as 32-bit integers: a longer number names no edition (not a database error).
    if ((format !== "docx" && format !== "html") || !/^[1-9]\d{0,8}$/.test(edition))
      throw new AppError("NOT_FOUND", "文件不存在。");
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
    const file = await loadPublishedFileFor(user, reportId, Number(edition), format);
    const suffix = Number(edition) > 1 ? `（更正第${Number(edition) - 1}次）` : "";
    const name = exportFileName(`${reportTitle(file.document)}${suffix}`, format);
    return new Response(file.content, {
      headers: {
        ...attachmentHeaders(format, name),
        etag: `"${file.sha256}"`,
        "x-content-sha256": file.sha256,
        "cache-control": "private, max-age=0, must-revalidate",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
