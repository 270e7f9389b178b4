import type { TReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

import { buildDocx } from "./docx";
import { buildHtml } from "./html";

/**
 * The files a publication freezes (lib/db/workflow.ts stores them with their SHA-256): the .docx and the HTML
 * page of the document in its own format's template, as a published edition (never marked 草稿). Used by 发布
 * and by the demo data's published report.
 */
export const buildPublicationFiles = async (
  document: TReportDocument,
): Promise<{ document: TReportDocument; docx: Buffer; html: string }> => {
  const template = getTemplate(document.formatVersion);
  const edition = { status: "published" } as const;
  return {
    document,
    docx: await buildDocx(template, document, edition),
    html: buildHtml(template, document, edition),
  };
};
