import "server-only";

import { rollupOfficesOf } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { nameThenYear } from "@/lib/report/title";
import { buildRollupWorkbook } from "@/lib/spreadsheet/rollup-xlsx";
import { getTemplate } from "@/lib/template";

import { loadRollupFor } from "./rollup";

/**
 * The office whose roll-up `GET /review/rollup/xlsx` exports: `office` as given, or — when the link leaves it out —
 * the first office the user is 审核人 of (as the 汇总 page does). INVALID naming the missing parameter when they
 * are 审核人 of none (issue 16).
 */
export const rollupXlsxOfficeId = (user: TSessionUser, office: string | null | undefined): string => {
  if (office?.trim()) return office.trim();
  const own = rollupOfficesOf(user)[0]?.id;
  if (!own)
    throw new AppError(
      "INVALID",
      "缺少参数 office（要导出汇总的机关）：请在链接中写明 office=机关编号，或从汇总页下载。",
    );
  return own;
};

/**
 * The roll-up as .xlsx (lib/spreadsheet/rollup-xlsx.ts): a sheet per table, a row per office and a 合计
 * row, and on the last sheet the findings of the roll-up (as 汇总) and of every summed office, and the
 * missing offices with their status. NOT_FOUND before the first 汇总.
 */
export const buildRollupXlsxFor = async (
  user: TSessionUser,
  officeId: string,
  year: number,
): Promise<{ body: Uint8Array<ArrayBuffer>; fileName: string }> => {
  const view = await loadRollupFor(user, officeId, year);
  if (!view.document) throw new AppError("NOT_FOUND", "尚未生成汇总。");
  const byOffice = (name: string) =>
    view.subordinateFindings
      .filter((f) => f.office === name)
      .map((f) => ({
        severity: f.severity,
        ruleId: f.ruleId,
        message: f.message.replace(`来自${name}：`, ""),
      }));
  const body = await buildRollupWorkbook(getTemplate(view.document.formatVersion), view.document, [
    {
      office: `${view.office.name}（汇总）`,
      status: view.report?.statusLabel ?? "",
      findings: view.findings,
    },
    ...view.included.map((i) => ({ office: i.name, status: i.source, findings: byOffice(i.name) })),
    ...view.missing.map((m) => ({ office: m.name, status: m.status, missing: true, findings: [] })),
  ]);
  return { body, fileName: `${nameThenYear(view.office.name, year)}年度汇总表.xlsx` };
};
