import { choicesPhrase } from "@/lib/import/choice-words";
import { duplicateProblems } from "@/lib/import/batch";
import type { TMatchableOffice } from "@/lib/offices/match-office";
import type { TBatchItem } from "@/lib/services/import-batch";

/** One file (or pasted text) of the batch in the browser, from chosen to read to stored. */
export interface TBatchRow {
  key: string;
  /** The file's name, or 粘贴的文字 n. */
  label: string;
  source: { file: File } | { text: string };
  state: "waiting" | "reading" | "read" | "failed" | "saving" | "saved";
  /** Why it could not be read or stored (Chinese). */
  error?: string;
  item?: TBatchItem;
  /** The office the row goes to: the match, or the person's choice; null until one is settled. */
  officeId: string | null;
  /** Whether to keep the printed name as an alias of the office on confirmation. */
  addAlias: boolean;
  saved?: { id: string; as: "published" | "draft" };
}

/** The printed name a confirmed row may add as an alias: the one that matched, else the agency printed. */
export const printedNameOf = (row: TBatchRow): string | null => {
  const match = row.item?.match;
  if (match?.status === "matched") return match.match.printed;
  return row.item?.printedNames[0] ?? null;
};

/**
 * Whether 记为别名 starts ticked for a read row: only when the printed name matched exactly or after
 * normalising (简称/写法) and the office does not know it yet. A weak match (名称包含, 名称相近) — a generic
 * name such as “卫生健康局” among them — is kept as an alias only when the person ticks it (issue 11 tester §8).
 */
export const aliasByDefault = (office: TMatchableOffice | undefined, item: TBatchItem): boolean => {
  const match = item.match;
  if (match.status !== "matched" || match.match.officeId !== office?.id) return false;
  if (match.match.reason !== "exact" && match.match.reason !== "normalised") return false;
  return !isKnownName(office, match.match.printed);
};

/** Whether `name` is already the office's name or one of its aliases (then there is nothing to add). */
export const isKnownName = (office: TMatchableOffice | undefined, name: string | null): boolean =>
  !office || !name || office.name === name || office.aliases.includes(name);

/**
 * What keeps each row from being stored (Chinese), or null when it may be: unreadable, no office settled
 * (none matched, or several tie), digits needing a choice of split, or a duplicate. Stored rows: null.
 */
export const rowProblems = (
  rows: readonly TBatchRow[],
  existingYears: Readonly<Record<string, readonly number[]>>,
  officeName: (officeId: string) => string,
): (string | null)[] => {
  const pending = rows.map((row) =>
    row.state === "saved"
      ? { officeId: null, year: null }
      : { officeId: row.officeId, year: row.item?.review.document.year ?? null },
  );
  const duplicates = duplicateProblems(pending, existingYears, officeName);
  return rows.map((row, index) => {
    if (row.state === "saved") return null;
    if (row.state === "failed" || row.error) return row.error ?? "无法读取。";
    if (!row.item) return null;
    const { match, printedNames, review } = row.item;
    if (!row.officeId) {
      const printed = printedNames.length ? `“${printedNames.join("”“")}”` : "（未印机关名称）";
      return match.status === "ambiguous"
        ? `印的名称 ${printed} 与 ${match.candidates.length} 个机关同样相符，请选择机关。`
        : `印的名称 ${printed} 与您审核的机关都不相符，请选择机关。`;
    }
    if (review.choices.length > 0)
      return `有 ${choicesPhrase(review.choices)}，请用“我的年报 → 导入”单独导入并选择。`;
    return duplicates[index] ?? null;
  });
};
