import { randomBytes } from "node:crypto";

import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import bcrypt from "bcryptjs";

import { MIN_PASSWORD_LENGTH } from "./password-rules";

/**
 * Password hashing with Argon2id (@node-rs/argon2: prebuilt native binaries from npm, the work runs on libuv's
 * thread pool, so a login never stalls the event loop). Parameters: OWASP's minimum for Argon2id, 19 MiB of
 * memory, 2 passes, 1 lane (ARGON2_MEMORY_KIB / ARGON2_PASSES override them, e.g. lower in tests). Hashes
 * written by earlier versions (bcrypt, `$2a$`/`$2b$`) still verify and are replaced at the next login.
 */

const MEMORY_KIB = Number(process.env.ARGON2_MEMORY_KIB ?? 19_456);
const PASSES = Number(process.env.ARGON2_PASSES ?? 2);
/** `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolatedModules). */
const OPTIONS = { algorithm: 2, memoryCost: MEMORY_KIB, timeCost: PASSES, parallelism: 1 };

const isBcryptHash = (stored: string) => /^\$2[abxy]\$/.test(stored);

/**
 * At most this many Argon2 computations at once (ARGON2_CONCURRENCY, default 2). They run on libuv's thread
 * pool (4 threads by default), which also serves zlib (response compression) and asynchronous file access:
 * with 10 logins holding every thread, a save waited seconds for its response to be compressed. Further
 * logins wait their turn here, in a queue that costs the event loop nothing.
 */
const HASH_CONCURRENCY = Math.max(1, Number(process.env.ARGON2_CONCURRENCY ?? 2) || 2);
let hashesRunning = 0;
const hashQueue: (() => void)[] = [];

/** Runs `work` (an Argon2 computation) when a slot is free; exported for its test. */
export const withHashSlot = async <T>(work: () => Promise<T>): Promise<T> => {
  if (hashesRunning >= HASH_CONCURRENCY) await new Promise<void>((resolve) => hashQueue.push(resolve));
  else hashesRunning += 1;
  try {
    return await work();
  } finally {
    const next = hashQueue.shift();
    if (next) next();
    else hashesRunning -= 1;
  }
};

/** The PHC string (`$argon2id$v=19$m=…,t=…,p=1$salt$hash`) of a password, with a fresh random salt. */
export const hashPassword = (password: string): Promise<string> =>
  withHashSlot(() => argon2Hash(password, OPTIONS));

/**
 * Whether `password` matches the stored hash (Argon2id, or bcrypt from before), and whether the hash should be
 * replaced (bcrypt, or Argon2 with other parameters than today's). A malformed hash never matches.
 */
export const verifyPassword = async (
  password: string,
  stored: string,
): Promise<{ ok: boolean; needsRehash: boolean }> => {
  if (isBcryptHash(stored)) return { ok: await bcrypt.compare(password, stored), needsRehash: true };
  if (!stored.startsWith("$argon2")) return { ok: false, needsRehash: false };
  const ok = await withHashSlot(() => argon2Verify(stored, password)).catch(() => false);
  return { ok, needsRehash: ok && !stored.includes(`$m=${MEMORY_KIB},t=${PASSES},p=1$`) };
};

let dummyHash: Promise<string> | null = null;
/** A hash to check against when the user does not exist, so both paths take the same time. */
export const dummyPasswordHash = (): Promise<string> =>
  (dummyHash ??= hashPassword(randomBytes(16).toString("base64url")));

/** The strength estimate with the common-password list and keyboard patterns (@zxcvbn-ts/language-common). */
const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * zxcvbn's score 0–4 (log10 of the guesses: <3, <6, <8, <10, ≥10); 3 means “safely unguessable: moderate
 * protection from offline slow-hash scenario”, the lowest score accepted.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Why a new password is refused (a Chinese sentence for the form), or null when it is acceptable: too short,
 * containing the user name (in any case, also reversed), or too easy to guess by zxcvbn's estimate (common
 * passwords, keyboard rows, repeats, dates, the user name and display name as dictionary words).
 */
export const passwordProblem = (password: string, username: string, displayName = ""): string | null => {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && (lower.includes(name) || lower.includes([...name].reverse().join(""))))
    return "密码不能包含用户名";
  const result = zxcvbn.check(password, [username, displayName].filter(Boolean));
  if (result.score < MIN_PASSWORD_SCORE)
    return "密码太容易被猜到（如常见密码、键盘连续键、重复字符或年份），请换一个更长、更不规则的密码";
  return null;
};

/**
 * Builds the strength estimator's ranked dictionaries now (the first `zxcvbn.check` takes about a second, longer
 * on a busy machine), so that the first person who sets a password after a start does not wait for it. Called
 * once at server start (instrumentation.ts); cheap to call again.
 */
export const warmPasswordChecks = (): void => {
  zxcvbn.check("年报通-warm-up-2026", []);
};
