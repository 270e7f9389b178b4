import { getCurrentUser } from "@/lib/auth/session";
import { AppError, errorResponse } from "@/lib/errors";
import { toCsv } from "@/lib/public/csv";
import { nameThenYear } from "@/lib/report/title";
import { loadOnTimeReportFor } from "@/lib/services/load-on-time-report";
import { buildOnTimeWorkbook } from "@/lib/spreadsheet/on-time-xlsx";
import { isSupportedYear } from "@/lib/template";
import { ON_TIME_HEADER, onTimeCells } from "@/lib/workflow/on-time";

export const dynamic = "force-dynamic";

const attachment = (name: string) =>
  `attachment; filename="on-time${name.endsWith(".csv") ? ".csv" : ".xlsx"}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 按时公布情况 of `year` (and `region`) as .xlsx (`format=xlsx`, default) or CSV (UTF-8 with BOM). */
export async function GET(request: Request) {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
    const url = new URL(request.url);
    const year = Number(url.searchParams.get("year"));
    if (!isSupportedYear(year)) throw new AppError("INVALID", "年度无效。");
    const format = url.searchParams.get("format") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") throw new AppError("INVALID", "导出格式只能是 xlsx 或 csv。");
    const page = await loadOnTimeReportFor(user, year, url.searchParams.get("region") || null);
    const regionName = page.regions.find((r) => r.id === page.regionId)?.name ?? "";
    const name = `${nameThenYear(regionName, year)}年度按时公布情况.${format}`;
    if (format === "csv")
      return new Response(toCsv(ON_TIME_HEADER, page.report.rows.map(onTimeCells)), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": attachment(name),
          "cache-control": "no-store",
        },
      });
    return new Response(await buildOnTimeWorkbook(page.report, regionName), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": attachment(name),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
