import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { buildRollupWorkbook } from "@/lib/spreadsheet/rollup-xlsx";
import { getTemplate } from "@/lib/template";

import { loadRollupFor } from "./rollup";

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
  return { body, fileName: `${view.office.name}${year}年度汇总表.xlsx` };
};
