import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { buildDocx } from "@/lib/export/docx";
import { buildHtml } from "@/lib/export/html";
import { pdfRendererAvailable, renderHtmlToPdf } from "@/lib/export/pdf";
import { asEdited } from "@/lib/report/testing/fixtures";
import { ZReportDocument, type TReportDocument } from "@/lib/report/schema";
import { FORMATS } from "@/lib/template";

import { importFile } from "./import-report";
import { measureAccuracy, truthFromDocument } from "./testing/accuracy";

/**
 * Issue 11 tester §3: our own export printed to PDF — the .html by Chromium (page.pdf, labels wrapped onto two
 * lines, the 草稿 banner and page headers between rows) and the .docx by LibreOffice — reads back every cell.
 * Each is skipped, saying so, when its program is absent.
 */
const root = path.resolve(import.meta.dirname, "../..");
const SOFFICE = "/usr/bin/soffice";
const NAME = "2023-zhangdian-kaifaqu";

/** The example as the office's own draft: totals computed (no printed totals), printed with the 草稿 marks. */
const draft = (): TReportDocument =>
  asEdited(
    ZReportDocument.parse(JSON.parse(readFileSync(path.join(root, "docs/examples", `${NAME}.json`), "utf8"))),
  );

const expectEveryCell = async (pdf: Uint8Array, report: TReportDocument) => {
  const outcome = await importFile(pdf);
  if (!outcome.ok) throw new Error(outcome.error);
  const template = FORMATS.getTemplate(report.formatVersion);
  const accuracy = measureAccuracy(template, outcome.result, truthFromDocument(template, report));
  expect(accuracy.wrong).toEqual([]);
  expect(outcome.result.problems.filter((problem) => /表[二三四]/.test(problem))).toEqual([]);
  expect(accuracy.exact).toBe(accuracy.total);
};

describe("our own export printed to PDF imports back", () => {
  it.skipIf(!pdfRendererAvailable())(
    `${NAME} .html printed by Chromium (skipped when /usr/bin/chromium is absent)`,
    async () => {
      const report = draft();
      const html = buildHtml(FORMATS.getTemplate(report.formatVersion), report, { status: "draft" });
      await expectEveryCell(new Uint8Array(await renderHtmlToPdf(html)), report);
    },
    120_000,
  );

  it.skipIf(!existsSync(SOFFICE))(
    `${NAME} .docx converted by LibreOffice (skipped when ${SOFFICE} is absent)`,
    async () => {
      const report = draft();
      const dir = mkdtempSync(path.join(tmpdir(), "nianbao-pdf-"));
      try {
        const docx = path.join(dir, "report.docx");
        writeFileSync(
          docx,
          await buildDocx(FORMATS.getTemplate(report.formatVersion), report, { status: "draft" }),
        );
        execFileSync(
          SOFFICE,
          [
            "--headless",
            `-env:UserInstallation=file://${dir}/profile`,
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            docx,
          ],
          {
            timeout: 110_000,
            stdio: "ignore",
          },
        );
        await expectEveryCell(new Uint8Array(readFileSync(path.join(dir, "report.pdf"))), report);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
