/** Shared wording of findings' numbers; places (tables, rows, cells) are named by lib/template/labels. */

export const show = (value: number | null): string => (value === null ? "?" : String(value));

/** `a 3 + b 0 + c 1`, listing only non-zero terms when the list is long (at least one term is kept). */
export const termList = (
  terms: { label: string; value: number | null }[],
  compact = terms.length > 6,
): string => {
  const shown = compact ? terms.filter((term) => term.value !== 0) : terms;
  if (shown.length === 0) return `${terms.map((term) => term.label).join("、")}均为 0`;
  return (
    shown.map((term) => `${term.label} ${show(term.value)}`).join(" + ") +
    (compact && shown.length < terms.length ? "（其余为 0）" : "")
  );
};
