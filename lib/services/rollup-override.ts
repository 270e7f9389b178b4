import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { findReportByOfficeYear, replaceReportDocument } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import { CELL_PROBLEM_TEXT, parseCellValue } from "@/lib/report/cell-value";
import type { TReportDocument } from "@/lib/report/schema";
import { sumOfContributions } from "@/lib/rollup/rollup";
import { getTemplate, type TCellId } from "@/lib/template";
import { cellLabel } from "@/lib/template/labels";

import { refuseLocked, requireRollupOffice } from "./rollup-compute";

/**
 * Overrides one summed input cell of the roll-up with `value` (null or the sum: back to the sum; null is
 * refused when the cell is not overridden) and a written reason,
 * recorded in the history with the sum it replaces. INVALID for a cell that is no summed input cell, an
 * empty reason or a value the editor would not take for the cell (not a number, negative, not whole, more than
 * 4 decimals, beyond 2^53 − 1: lib/report/cell-value.ts); READ_ONLY after submission; CONFLICT on a stale `baseVersion`.
 */
export const overrideRollupCellFor = async (
  user: TSessionUser,
  input: {
    officeId: string;
    year: number;
    cellId: TCellId;
    value: number | null;
    reason: string;
    baseVersion: number;
  },
): Promise<{ version: number }> => {
  const { office } = await requireRollupOffice(user, input.officeId);
  const report = await findReportByOfficeYear(office.id, input.year);
  const rollup = report?.document.rollup;
  if (!report || !rollup) throw new AppError("NOT_FOUND", "尚未生成汇总。");
  refuseLocked(report);
  if (report.version !== input.baseVersion)
    throw new AppError("CONFLICT", "汇总报告已被他人修改，请刷新页面后再调整。");
  const cell = getTemplate(report.document.formatVersion).cellById.get(input.cellId);
  if (!cell || cell.sumOf) throw new AppError("INVALID", `“${input.cellId}”不是可调整的汇总单元格。`);
  const reason = input.reason.trim();
  if (!reason) throw new AppError("INVALID", "调整汇总数必须写明理由。");
  if (input.value === null && !rollup.overrides?.[cell.id])
    throw new AppError("INVALID", "请填写调整后的数（数字）；要撤销调整，填回各机关合计。");
  if (input.value !== null) {
    // The editor's own reading of a cell (lib/report/cell-value.ts): 不是数字, 不能为负数, 应为整数, 最多 4 位小数.
    const { problem } = parseCellValue(input.value, cell.kind);
    if (problem) throw new AppError("INVALID", `${cellLabel(cell)}${CELL_PROBLEM_TEXT[problem]}。`);
    if (Math.abs(input.value) > Number.MAX_SAFE_INTEGER)
      throw new AppError("INVALID", `${cellLabel(cell)}数值过大（不能超过 ${Number.MAX_SAFE_INTEGER}）。`);
  }
  const sum = sumOfContributions(rollup.contributions[cell.id] ?? []);
  const overrides = { ...rollup.overrides };
  const before = report.document.cells[cell.id] ?? null;
  let value: number | null;
  if (input.value === null || input.value === sum) {
    delete overrides[cell.id];
    value = sum;
  } else {
    overrides[cell.id] = { sum, reason };
    value = input.value;
  }
  const document: TReportDocument = {
    ...report.document,
    cells: { ...report.document.cells, [cell.id]: value },
    rollup: { ...rollup, overrides: Object.keys(overrides).length ? overrides : undefined },
  };
  const ok = await replaceReportDocument({
    id: report.id,
    baseVersion: report.version,
    document,
    actor: { id: user.id, name: user.displayName },
    event: (version) => ({
      action: "rollup",
      detail: {
        kind: "override",
        cellId: cell.id,
        label: cellLabel(cell),
        sum: typeof before === "number" ? before : sum,
        value,
        reason,
        version,
      },
    }),
  });
  if (!ok) throw new AppError("CONFLICT", "汇总报告刚被他人修改，请刷新页面后再调整。");
  return { version: report.version + 1 };
};
