/**
 * The export page split for printing from the app: its stylesheet (applied to paper only) and the content of
 * its <body>, with <main> as a plain block (the app already has its main landmark).
 */
export const printableParts = (html: string): { style: string; body: string } => ({
  // The export's page-wide rules (font, size, line height) apply to the copy, inside the app's containers.
  style: (/<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "").replace(
    /(^|\n)(\s*)body \{/g,
    "$1$2body, .print-only {",
  ),
  body: (/<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "")
    .replace(/<main>/g, '<div class="printed-report">')
    .replace(/<\/main>/g, "</div>"),
});
