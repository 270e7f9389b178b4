import { readFile } from "node:fs/promises";

import { ZReportDocument, type TReportDocument } from "@/lib/report/schema";

import { fileProblem, jsonProblem, schemaPlace } from "./schema-place";

export type TLoadResult = { ok: true; report: TReportDocument } | { ok: false; errors: string[] };

/**
 * Reads an interchange-format file; every failure comes back as Chinese text naming the file and the place
 * (lib/cli/schema-place.ts), with no English from zod or the JSON parser.
 */
export const loadReportFile = async (file: string): Promise<TLoadResult> => {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { ok: false, errors: [`无法读取 ${file}：${fileProblem(error, "读取")}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      ok: false,
      errors: [`${file} 不是有效的 JSON：${jsonProblem(text, error)}`],
    };
  }
  const parsed = ZReportDocument.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${file}：${schemaPlace(issue.path)}：${issue.message}`),
    };
  }
  return { ok: true, report: parsed.data };
};
