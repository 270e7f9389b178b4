import type { TCellId, TReportTemplate } from "@/lib/template";

/**
 * Rules resolve the cell ids they read to array indexes once per template, then evaluate on plain arrays:
 * building id strings and hashing them on every keystroke was most of the engine's time.
 */
export const perTemplate = <T>(build: (template: TReportTemplate) => T): ((template: TReportTemplate) => T) => {
  const cache = new WeakMap<TReportTemplate, T>();
  return (template) => {
    let plan = cache.get(template);
    if (plan === undefined) {
      plan = build(template);
      cache.set(template, plan);
    }
    return plan;
  };
};

export const indexOf = (template: TReportTemplate, id: TCellId): number => {
  const cell = template.cellById.get(id);
  if (!cell) throw new Error(`规则引用了模板中不存在的单元格 ${id}`);
  return cell.index;
};

/** Sum of the values at `indexes`, or null when any of them is unreadable. */
export const sumAt = (values: readonly (number | null)[], indexes: readonly number[]): number | null => {
  let total = 0;
  for (const index of indexes) {
    const value = values[index];
    if (value === null || value === undefined) return null;
    total += value;
  }
  return total;
};
