import { formatSchemaIssues, ZReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

import { ImportError, SOURCE_KIND_LABELS, type TImportResult, type TProvenance } from "./types";

/** The `format` member every interchange document carries (docs/report-format.md). */
const INTERCHANGE_FORMAT = "nianbaotong-report";

/**
 * Whether a text is a 年报通 interchange document (JSON whose `format` is `nianbaotong-report`) rather than a
 * report's words: decided on the parsed value, never on the file name.
 */
export const isInterchangeJson = (text: string): boolean => {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (!trimmed.startsWith("{")) return false;
  try {
    const value = JSON.parse(trimmed) as { format?: unknown } | null;
    return typeof value === "object" && value !== null && value.format === INTERCHANGE_FORMAT;
  } catch {
    return false;
  }
};

/**
 * An interchange document read as an import (issue 13: linked values round-trip through import): taken as it
 * is — narrative with its `{{值:…}}` markers, cells, details, 表下说明 — after the schema check, with every cell
 * that holds a value marked as read from the JSON. An `import` member a previous `report import` wrote is
 * dropped (it described that earlier reading). Errors: ImportError naming the schema problems in Chinese.
 */
export const importInterchange = (text: string): TImportResult => {
  const value = JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, unknown>;
  const { import: _earlier, ...document } = value;
  void _earlier;
  const parsed = ZReportDocument.safeParse(document);
  if (!parsed.success) {
    throw new ImportError(
      `交换格式文件不符合格式：${formatSchemaIssues(parsed.error).slice(0, 3).join("；")}`,
    );
  }
  const template = getTemplate(parsed.data.formatVersion);
  const provenance: Record<string, TProvenance> = {};
  for (const cell of template.cells) {
    const raw = cell.sumOf ? parsed.data.printedTotals?.[cell.id] : parsed.data.cells[cell.id];
    if (raw !== null && raw !== undefined && raw !== "")
      provenance[cell.id] = { where: "交换格式 JSON", raw: String(raw), how: "read" };
  }
  return {
    document: parsed.data,
    provenance,
    blanks: [],
    choices: [],
    problems: [],
    source: { kind: "json", label: SOURCE_KIND_LABELS.json },
  };
};
