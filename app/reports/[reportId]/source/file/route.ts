import { getCurrentUser } from "@/lib/auth/session";
import { AppError, errorResponse } from "@/lib/errors";
import { downloadHeaders } from "@/lib/export/content-types";
import { loadImportSourceFileFor } from "@/lib/services/load-import-source";

export const dynamic = "force-dynamic";

const TYPES: Record<string, { type: string; extension: string }> = {
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
  doc: { type: "application/msword", extension: "doc" },
  pdf: { type: "application/pdf", extension: "pdf" },
  html: { type: "text/html; charset=utf-8", extension: "html" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  text: { type: "text/plain; charset=utf-8", extension: "txt" },
  json: { type: "application/json; charset=utf-8", extension: "json" },
};

/** The original an imported report was read from, always as a download (never rendered on our origin). */
export async function GET(_request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const { reportId } = await params;
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
    const { name, kind, content } = await loadImportSourceFileFor(user, reportId);
    const spec = TYPES[kind] ?? { type: "application/octet-stream", extension: "bin" };
    // A web address or 粘贴的文字 is not a file name: name the download by what it is.
    const base = name.replace(/^.*[/\\]/, "").replace(/[\\/:*?"<>|\u0000-\u001f]/g, "");
    const fileName =
      /\.[A-Za-z0-9]{2,5}$/.test(base) && !/^https?:/i.test(name) ? base : `导入原件.${spec.extension}`;
    return new Response(content, {
      headers: { ...downloadHeaders(spec.type, fileName), "cache-control": "private, no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
