import { monitorEventLoopDelay } from "node:perf_hooks";

import bcrypt from "bcryptjs";

import { hashPassword, verifyPassword } from "@/lib/auth/password";

/**
 * How much 10 and 30 password checks at once hold up the event loop (everything else the server does waits
 * that long): bcryptjs at cost 12 (what logins ran before, in JavaScript on the event loop) against Argon2id
 * (lib/auth/password.ts, on the thread pool). In-process, so it does not depend on the app's other costs.
 */

const ms = (ns: number) => `${(ns / 1e6).toFixed(0)} ms`;

const measure = async (work: () => Promise<unknown>) => {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  await work();
  const elapsed = performance.now() - started;
  delay.disable();
  return { max: delay.max, p50: delay.percentile(50), elapsed };
};

export const benchPasswords = async (): Promise<string[]> => {
  const bcryptHash = await bcrypt.hash("Nianbao2026", 12);
  const argonHash = await hashPassword("Nianbao2026");
  const lines = ["密码校验对事件循环的阻塞（同时校验 N 个错误密码，事件循环最长延迟 / 全部完成用时）"];
  for (const count of [10, 30]) {
    const attempts = Array.from({ length: count }, (_, i) => `wrong-${i}`);
    const before = await measure(() => Promise.all(attempts.map((p) => bcrypt.compare(p, bcryptHash))));
    const after = await measure(() => Promise.all(attempts.map((p) => verifyPassword(p, argonHash))));
    lines.push(
      `  ${count} 个：bcryptjs（成本 12）最长延迟 ${ms(before.max)}，用时 ${before.elapsed.toFixed(0)} ms；` +
        `Argon2id 最长延迟 ${ms(after.max)}，用时 ${after.elapsed.toFixed(0)} ms`,
    );
  }
  return lines;
};
