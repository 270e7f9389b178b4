import { getCurrentUser } from "@/lib/auth/session";
import { AppError, errorResponse } from "@/lib/errors";
import { buildRollupXlsxFor, rollupXlsxOfficeId } from "@/lib/services/rollup-xlsx";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * `GET /review/rollup/xlsx?office=…&year=…`: the roll-up of an office the user is 审核人 of, as .xlsx; without
 * `office`, their own (first) supervising office's.
 */
export async function GET(request: Request) {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
    const query = new URL(request.url).searchParams;
    const year = Number(query.get("year"));
    if (!Number.isInteger(year)) throw new AppError("INVALID", "年度无效。");
    const { body, fileName } = await buildRollupXlsxFor(
      user,
      rollupXlsxOfficeId(user, query.get("office")),
      year,
    );
    return new Response(body, {
      headers: {
        "content-type": XLSX,
        "content-disposition": `attachment; filename="rollup-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
