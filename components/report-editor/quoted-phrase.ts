/**
 * The phrases a finding's message quotes (between “ and ”), with the “…” that marks an excerpt taken off,
 * longest first. Messages quote narrative text as `正文“…未发生行政诉讼败诉…”` (lib/rules/claim-rules.ts).
 */
export const quotedPhrases = (message: string): string[] =>
  [...message.matchAll(/“([^”]+)”/g)]
    .map((match) => (match[1] ?? "").replace(/^[…．.]+|[…．.]+$/g, "").trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

/**
 * Where in `text` the first quoted phrase of `message` (longest first) stands: `[start, end)` in UTF-16
 * code units, as a textarea's selection takes them; null when the text holds none of them.
 */
export const quotedPhraseRange = (message: string, text: string): [number, number] | null => {
  for (const phrase of quotedPhrases(message)) {
    const at = text.indexOf(phrase);
    if (at >= 0) return [at, at + phrase.length];
  }
  return null;
};

/**
 * Selects in the narrative field of section `sectionId` (its `data-section`) the phrase the finding's `message`
 * quotes, focused and scrolled into view. Returns false (and does nothing) when the field is not on the page or
 * holds none of the quoted phrases.
 */
export const selectQuotedPhrase = (sectionId: string, message: string): boolean => {
  const field = document.querySelector<HTMLTextAreaElement>(
    `textarea[data-section="${CSS.escape(sectionId)}"]`,
  );
  const range = field ? quotedPhraseRange(message, field.value) : null;
  if (!field || !range) return false;
  field.focus();
  field.setSelectionRange(range[0], range[1]);
  // Scroll the field so the selection shows: its line near the top third.
  const before = field.value.slice(0, range[0]).split("\n").length - 1;
  const lines = field.value.split("\n").length;
  field.scrollTop = Math.max(0, (field.scrollHeight * before) / Math.max(lines, 1) - field.clientHeight / 3);
  return true;
};
