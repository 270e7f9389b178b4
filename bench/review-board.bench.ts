import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

/**
 * The 审核台 bench (bench/review-board.child.ts) in a child process started with `--conditions=react-server`:
 * the services it measures import "server-only", which refuses to load outside a server build.
 */
export const benchReviewBoard = async (): Promise<string[]> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "review-board.child.ts")],
    { cwd: path.join(import.meta.dirname, ".."), maxBuffer: 1024 * 1024 },
  );
  const last = stdout.trim().split("\n").pop() ?? "[]";
  return JSON.parse(last) as string[];
};
