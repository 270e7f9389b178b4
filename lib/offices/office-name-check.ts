import { matchOffice, printedOfficeNames, type TMatchableOffice } from "./match-office";

/**
 * The single import's office-name check (issue 11): the names the file prints (agency, 落款, title) against the
 * office the person chose to import into, with the batch import's matcher. A warning in Chinese when they
 * differ or are only similar, null when they agree (exact, alias, short form, place prefix) or nothing is
 * printed. Never a block: an office may have been renamed.
 */
export const officeNameWarning = (
  details: { agencyName?: string; issuer?: string; title?: string },
  office: TMatchableOffice | undefined,
): string | null => {
  const printed = printedOfficeNames(details);
  if (!office || printed.length === 0) return null;
  const outcome = matchOffice(printed, [office]);
  const names = `“${printed.join("”“")}”`;
  if (outcome.status === "matched" && outcome.match.reason !== "similar") return null;
  if (outcome.status === "matched")
    return `报告中印的机关名称 ${names} 与所选机关“${office.name}”只是相近（相似度 ${Math.round(outcome.match.score * 100)}%），请核对是否为同一机关。`;
  return `报告中印的机关名称 ${names} 与所选机关“${office.name}”不一致：请确认这是本机关的报告。如确为本机关（例如机关更名），仍可继续导入。`;
};
