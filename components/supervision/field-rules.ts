import type { Rule } from "antd/es/form";

/**
 * Form rules of the 审核流程 and 本地要求 forms (issue 16): a bound is checked and refused with a Chinese message,
 * never applied by cutting or clamping what was typed (an input's `maxLength`, an InputNumber's `min`/`precision`
 * silently changed 21 characters to 20 and -5 to 1). The server checks the same bounds (lib/workflow/approval-chain.ts,
 * lib/rules/local-requirements.ts) with the same words.
 */

/** At most `max` characters (after trimming, as the server counts); `message` when longer. */
export const maxLengthRule = (max: number, message: string): Rule => ({
  validator: async (_rule, value: unknown) => {
    if (typeof value === "string" && value.trim().length > max) throw new Error(message);
  },
});

/** 字数上限: blank (不限) or a whole number from 1 to `MAX_CHARS_LIMIT`. */
export const MAX_CHARS_LIMIT = 100_000;
export const maxCharsRule: Rule = {
  validator: async (_rule, value: unknown) => {
    if (value === null || value === undefined || value === "") return;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_CHARS_LIMIT)
      throw new Error(`字数上限应为 1 到 ${MAX_CHARS_LIMIT} 之间的整数（留空表示不限）`);
  },
};
