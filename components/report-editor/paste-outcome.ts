import type { TCellValue } from "@/lib/report/schema";

import { cellValueFromInput } from "./document-state";
import type { TPastePlan } from "./table-navigation";

export interface TPasteOutcome {
  /** The cells to write: every pasted text that reads as a number or a blank. */
  accepted: Record<string, TCellValue>;
  /** The message shown after the paste, parts joined by “；”. */
  text: string;
  /** True when something was not filled in (a non-number, or a value beyond the table): shown as a warning. */
  warn: boolean;
}

/**
 * What a planned paste (table-navigation.ts `planPaste`) writes and says: texts that are not numbers are
 * left out and quoted (the first five, then “等”), values on computed totals or outside the table counted.
 */
export const pasteOutcome = (plan: TPastePlan): TPasteOutcome => {
  const accepted: Record<string, TCellValue> = {};
  const rejected: string[] = [];
  for (const [cellId, raw] of Object.entries(plan.values)) {
    const value = cellValueFromInput(raw);
    if (typeof value === "string") rejected.push(`“${raw.trim()}”`);
    else accepted[cellId] = value;
  }
  const parts = [`已粘贴 ${Object.keys(accepted).length} 个单元格`];
  if (plan.skippedTotals) parts.push(`${plan.skippedTotals} 个值落在自动计算的总计上，已忽略`);
  if (rejected.length)
    parts.push(
      `${rejected.length} 个值不是数字，未填入：${rejected.slice(0, 5).join("、")}${rejected.length > 5 ? "等" : ""}`,
    );
  if (plan.outside) parts.push(`${plan.outside} 个值超出表格范围`);
  return { accepted, text: parts.join("；"), warn: Boolean(rejected.length || plan.outside) };
};
