import { z } from "zod";

import { REPORT_FORMAT_ID, ZReportDocument } from "./schema";

/** JSON Schema of the interchange format, generated from the zod schema (committed as docs/report.schema.json). */
export const reportJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(ZReportDocument, { target: "draft-2020-12", io: "input" }),
  $id: `urn:${REPORT_FORMAT_ID}:1`,
  title: "年报通 政府信息公开工作年度报告 交换格式",
  description: "单元格编号见 docs/report-format.md；取值可为数字、原样文本（导入）或 null（未填写）。",
});

export const reportJsonSchemaText = (): string => `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
