import { readFile } from "node:fs/promises";

import { formatSchemaIssues, ZReportDocument, type TReportDocument } from "@/lib/report/schema";

export type TLoadResult = { ok: true; report: TReportDocument } | { ok: false; errors: string[] };

/** Reads an interchange-format file; every failure comes back as Chinese text naming the file and the place. */
export const loadReportFile = async (file: string): Promise<TLoadResult> => {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个目录" : String(error);
    return { ok: false, errors: [`无法读取 ${file}：${reason}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      ok: false,
      errors: [`${file} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const parsed = ZReportDocument.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: formatSchemaIssues(parsed.error).map((issue) => `${file}：${issue}`) };
  }
  return { ok: true, report: parsed.data };
};
