import { writeFile } from "node:fs/promises";
import path from "node:path";

import { rollUpReports, type TRollupPart } from "@/lib/rollup/rollup";

import type { TCommandResult } from "./check-command";
import { loadReportFile } from "./load-report";
import { fileProblem } from "./schema-place";

const ROLLUP_AGENCY = "汇总";

/**
 * `report rollup A.json B.json … [--out SUM.json] [--agency 机关]`: sums the reports' 表二/三/四 into one
 * interchange document (lib/rollup) whose `rollup.contributions` lists each file's value of every cell,
 * written to `--out` or stdout. Each file is named by its 机关全称 (the file name when that is empty). Exit 0
 * when written, 2 on an unreadable file, mixed years or format versions, an office given twice, or `--out`
 * naming one of the input files — with the
 * Chinese reason on stderr and nothing written. Blank or text cells are left out of the sum and listed on stderr.
 */
export const runRollup = async (
  files: string[],
  options: { out?: string; agency?: string },
): Promise<TCommandResult> => {
  const overwritten = options.out && files.find((file) => path.resolve(file) === path.resolve(options.out!));
  if (overwritten)
    return {
      exitCode: 2,
      stdout: "",
      stderr: `--out 不能是输入文件 ${overwritten}（会覆盖它），请另选输出文件\n`,
    };
  const parts: TRollupPart[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const loaded = await loadReportFile(file);
    if (!loaded.ok) errors.push(...loaded.errors);
    else
      parts.push({
        name: loaded.report.details.agencyName.trim() || path.basename(file),
        document: loaded.report,
      });
  }
  if (!options.agency?.trim()) {
    // A roll-up written without --agency is named 汇总 too: summing it again under the same default name
    // would read as a roll-up containing itself (issue 16) — say what to do instead.
    files.forEach((file, i) => {
      if (parts[i]?.name === ROLLUP_AGENCY && parts[i]?.document.rollup)
        errors.push(
          `${path.basename(file)} 是未指定机关名称的汇总（默认名称“${ROLLUP_AGENCY}”），不能再用同一默认名称汇总：` +
            `请用 --agency 为第一层汇总指定机关名称（重新生成 ${path.basename(file)}），或用 --agency 为这一层汇总指定名称`,
        );
    });
  }
  if (errors.length > 0) return { exitCode: 2, stdout: "", stderr: errors.join("\n") + "\n" };
  const outcome = rollUpReports(parts, { agencyName: options.agency?.trim() || ROLLUP_AGENCY });
  if (!outcome.ok) {
    return { exitCode: 2, stdout: "", stderr: outcome.errors.map((e) => `无法汇总：${e}`).join("\n") + "\n" };
  }
  const { document, gaps } = outcome.result;
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const notes = gaps.map((gap) => `提示：${gap.office} ${gap.label} 空白或不是数字，未计入合计`);
  if (options.out) {
    try {
      await writeFile(options.out, text, "utf8");
    } catch (error) {
      return { exitCode: 2, stdout: "", stderr: `无法写入 ${options.out}：${fileProblem(error, "写入")}\n` };
    }
    const summary = `已汇总 ${parts.length} 份${document.year}年度报告，写入 ${options.out}`;
    return { exitCode: 0, stdout: `${summary}\n`, stderr: notes.length ? notes.join("\n") + "\n" : "" };
  }
  return { exitCode: 0, stdout: text, stderr: notes.length ? notes.join("\n") + "\n" : "" };
};
