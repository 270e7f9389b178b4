import type { TValueKind } from "@/lib/template";
import { hasFullWidthNumber, toHalfWidthNumber } from "@/lib/template/text";

/**
 * Reading one cell: what a person typed or an imported report printed, turned into a number or a
 * precise problem. Pure and allocation-light: it runs for every cell on every keystroke.
 */

export type TCellProblem =
  | "blank" // 未填写
  | "text" // 非数字文本，如 “1(裁定撤诉)”、“251000元”
  | "fullwidth" // 全角数字，如 “０”（数值可用，提示改正）
  | "negative" // 计数为负
  | "decimal" // 计数带小数
  | "precision"; // 金额超过 4 位小数

export interface TParsedCell {
  value: number | null;
  problem: TCellProblem | null;
}

const BLANK: TParsedCell = { value: null, problem: "blank" };
const TEXT: TParsedCell = { value: null, problem: "text" };

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
export const AMOUNT_DECIMALS = 4;

const judge = (value: number, kind: TValueKind, problem: TCellProblem | null): TParsedCell => {
  if (!Number.isFinite(value)) return TEXT;
  if (kind !== "amount" && !Number.isInteger(value)) return { value: null, problem: "decimal" };
  if (kind !== "signedCount" && value < 0) return { value: null, problem: "negative" };
  if (kind === "amount" && Math.round(value * 10 ** AMOUNT_DECIMALS) / 10 ** AMOUNT_DECIMALS !== value) {
    return { value, problem: "precision" };
  }
  return { value, problem };
};

export const parseCellValue = (raw: unknown, kind: TValueKind): TParsedCell => {
  if (typeof raw === "number") return judge(raw, kind, null);
  if (typeof raw !== "string") return BLANK;
  let trimmed = raw.trim().replace(/^[\u3000\s]+|[\u3000\s]+$/g, "");
  if (trimmed === "") return BLANK;
  let problem: TCellProblem | null = null;
  if (hasFullWidthNumber(trimmed)) {
    trimmed = toHalfWidthNumber(trimmed);
    problem = "fullwidth";
  }
  if (!NUMBER_RE.test(trimmed)) return TEXT;
  return judge(Number(trimmed), kind, problem);
};

export const CELL_PROBLEM_TEXT: Record<TCellProblem, string> = {
  blank: "未填写（没有的请填 0）",
  text: "不是数字",
  fullwidth: "使用了全角数字，请改为半角数字",
  negative: "不能为负数",
  decimal: "应为整数",
  precision: `最多保留 ${AMOUNT_DECIMALS} 位小数`,
};
