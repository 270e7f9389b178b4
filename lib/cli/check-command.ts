import { countBySeverity, evaluateReport, type TFinding } from "@/lib/rules/evaluate";

import { lastYearMismatch } from "@/lib/rules/year-rules";

import { loadReportFile } from "./load-report";

export interface TCommandResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const SEVERITY_LABEL = { error: "错误", warning: "警告", info: "提示" } as const;

const formatHuman = (file: string, findings: TFinding[]): string => {
  const counts = countBySeverity(findings);
  const lines = findings.map((f) => `${SEVERITY_LABEL[f.severity]} [${f.ruleId}] ${f.message}`);
  const summary =
    findings.length === 0
      ? `${file}：未发现问题。`
      : `${file}：${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示。`;
  return [...lines, summary].join("\n") + "\n";
};

/**
 * `report check FILE [--json] [--last-year FILE]`: exit 0 without errors, 1 with errors, 2 on an unreadable
 * file or a --last-year report that is not year N−1 of the same office.
 */
export const runCheck = async (
  file: string,
  options: { json?: boolean; lastYearFile?: string },
): Promise<TCommandResult> => {
  const loaded = await loadReportFile(file);
  if (!loaded.ok) return { exitCode: 2, stdout: "", stderr: loaded.errors.join("\n") + "\n" };
  let lastYear;
  if (options.lastYearFile) {
    const previous = await loadReportFile(options.lastYearFile);
    if (!previous.ok) return { exitCode: 2, stdout: "", stderr: previous.errors.join("\n") + "\n" };
    const mismatch = lastYearMismatch(loaded.report, previous.report);
    if (mismatch) {
      return {
        exitCode: 2,
        stdout: "",
        stderr: `--last-year ${options.lastYearFile} 不能作为上年报告：${mismatch}\n`,
      };
    }
    lastYear = previous.report;
  }
  const findings = evaluateReport(loaded.report, { lastYear });
  const counts = countBySeverity(findings);
  const stdout = options.json
    ? JSON.stringify({ file, counts, findings }, null, 2) + "\n"
    : formatHuman(file, findings);
  return { exitCode: counts.error > 0 ? 1 : 0, stdout, stderr: "" };
};
