import { readFileSync } from "node:fs";
import { it } from "vitest";
import { buildHtml } from "@/lib/export/html";
import { ZReportDocument } from "@/lib/report/schema";
import { FORMATS } from "@/lib/template";
import { importText } from "./import-report";
import * as v from "./testing/variants";
import * as t4v from "./testing/variants-table4";
it("dump", () => {
  const base = ZReportDocument.parse(JSON.parse(readFileSync("docs/examples/2020-shanting.json", "utf8")));
  const template = FORMATS.getTemplate(base.formatVersion);
  const report = v.distinctReport(template, base);
  const html = t4v.transposeHtmlTable4(buildHtml(template, report, { status: "published" }), Array.from({length:15},(_, i)=>i), true);
  const r = importText(html);
  if (!r.ok) return;
  console.log(html.slice(html.indexOf('<table class="t4"'), html.indexOf('<table class="t4"')+600));
  console.log(r.result.problems, r.result.provenance["t4.review.maintained"]);
});
