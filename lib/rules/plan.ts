import type { TCellId, TReportTemplate } from "@/lib/template";

/**
 * Rules resolve the cell ids they read to array indexes once per template, then evaluate on plain arrays:
 * building id strings and hashing them on every keystroke was most of the engine's time.
 */
export const perTemplate = <T>(
  build: (template: TReportTemplate) => T,
): ((template: TReportTemplate) => T) => {
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

/**
 * The least a cell can be when blanks and unreadable cells are taken as unknown counts ≥ 0 (issue 12 §3):
 * a readable value is itself; a blank or unreadable input is 0; a total not known (computed from a blank
 * part, or printed blank by an imported report) is at least the sum of its parts' least values.
 */
export const lowerBoundAt = (
  template: TReportTemplate,
  effectiveAt: readonly (number | null)[],
  index: number,
): number => {
  const value = effectiveAt[index];
  if (value !== null && value !== undefined) return Math.max(value, 0);
  const cell = template.cells[index];
  if (!cell?.sumOfIndex) return 0;
  let sum = 0;
  for (const part of cell.sumOfIndex) sum += lowerBoundAt(template, effectiveAt, part);
  return sum;
};

export type TIdentityCheck =
  | { holds: true }
  | { holds: false; exact: true; left: number; right: number }
  /** One side is known, the other has blanks, yet its filled cells already exceed the known side. */
  | { holds: false; exact: false; known: "left" | "right"; knownValue: number; atLeast: number };

/**
 * Whether `sum(left) = sum(right)` can be shown false: exactly when every cell is readable, otherwise when
 * one side is fully known and the other's filled cells already sum above it. A blank never switches an
 * identity off when the filled cells prove it wrong; it never makes one fail that could still hold.
 */
export const checkIdentity = (
  template: TReportTemplate,
  effectiveAt: readonly (number | null)[],
  left: readonly number[],
  right: readonly number[],
): TIdentityCheck => {
  const l = sumAt(effectiveAt, left);
  const r = sumAt(effectiveAt, right);
  if (l !== null && r !== null)
    return l === r ? { holds: true } : { holds: false, exact: true, left: l, right: r };
  const least = (indexes: readonly number[]) =>
    indexes.reduce((acc, index) => acc + lowerBoundAt(template, effectiveAt, index), 0);
  if (l !== null) {
    const atLeast = least(right);
    if (atLeast > l) return { holds: false, exact: false, known: "left", knownValue: l, atLeast };
  }
  if (r !== null) {
    const atLeast = least(left);
    if (atLeast > r) return { holds: false, exact: false, known: "right", knownValue: r, atLeast };
  }
  return { holds: true };
};
