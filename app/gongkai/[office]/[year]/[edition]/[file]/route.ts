import { AppError, errorResponse } from "@/lib/errors";
import { publicFileHeaders } from "@/lib/public/download";
import { isPublicFileName, parseEditionSegment } from "@/lib/public/paths";
import { loadPublicFile } from "@/lib/services/load-public-file";

export const dynamic = "force-dynamic";

/**
 * One file of a published edition, no sign-in (docs/open-data.md): the frozen report.docx / report.html
 * byte for byte (SHA-256 in `x-content-sha256` and the ETag), report.json, t2/t3/t4.csv, tables.xlsx.
 * `report.html?view=1` opens the HTML in the browser instead of downloading it.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ office: string; year: string; edition: string; file: string }> },
) {
  try {
    const { office, year, edition, file } = await params;
    const number = parseEditionSegment(edition);
    if (number === null || !isPublicFileName(file)) throw new AppError("NOT_FOUND", "文件不存在。");
    const loaded = await loadPublicFile(office, year, number, file);
    const inline = file === "report.html" && new URL(request.url).searchParams.get("view") === "1";
    return new Response(loaded.body, {
      headers: {
        ...publicFileHeaders(file, loaded.fileName, inline ? "inline" : "attachment"),
        ...(loaded.sha256 ? { etag: `"${loaded.sha256}"`, "x-content-sha256": loaded.sha256 } : {}),
        // Published editions never change; a correction is a new edition at a new address.
        "cache-control": "public, max-age=3600",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
