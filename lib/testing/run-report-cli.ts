import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Runs `npm run report -- ARGS` the way a user does (a child process, from the project's root) and returns its
 * exit status, stdout and stderr as UTF-8. For the CLI's tests; 60 s at the most.
 */
export const runReportCli = (...args: string[]): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/report-cli.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
