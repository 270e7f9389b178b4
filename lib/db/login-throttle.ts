import { getPrisma } from "./client";

/**
 * Login throttling shared by every app instance: one row per key (e.g. `pair:<account>|<ip>`,
 * `account:<account>`, `ip:<ip>`) counting the attempts of a fixed window that starts at the first attempt.
 * Taking an attempt locks the rows of all its keys (SELECT … FOR UPDATE, in key order) inside one
 * transaction, so parallel requests are counted one after the other on PGlite and PostgreSQL alike: 40
 * parallel guesses pass at most `limit` times. The policy (which keys, which limits) is lib/auth's.
 */

export interface TThrottleKey {
  key: string;
  /** Attempts allowed per window. */
  limit: number;
}

export type TThrottleDecision =
  | { allowed: true }
  /** `retryAfterSeconds`: until the earliest full key's window ends; `key`: the first full key. */
  | { allowed: false; key: string; retryAfterSeconds: number };

type TRow = { key: string; attempts: number; windowStart: Date };

/**
 * Counts one attempt against every key if none is full, atomically; a refused attempt counts against none
 * (so hammering a locked pair does not fill the account's or the IP's allowance). `windowSeconds`: the
 * window's length; `now`: for tests.
 */
export const takeLoginAttempt = async (
  keys: readonly TThrottleKey[],
  windowSeconds: number,
  now = new Date(),
): Promise<TThrottleDecision> => {
  const prisma = await getPrisma();
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const names = sorted.map((k) => k.key);
  // Rows exist before they are locked (a lock needs a row); a new row starts an empty window.
  await prisma.loginThrottle.createMany({
    data: names.map((key) => ({ key, attempts: 0, windowStart: now })),
    skipDuplicates: true,
  });
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<TRow[]>`
      SELECT "key", "attempts", "windowStart" FROM "LoginThrottle"
       WHERE "key" = ANY(${names}::text[]) ORDER BY "key" FOR UPDATE`;
    const windowEnd = (row: TRow) => row.windowStart.getTime() + windowSeconds * 1000;
    const current = (row: TRow) => (windowEnd(row) <= now.getTime() ? 0 : row.attempts);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    for (const { key, limit } of sorted) {
      const row = byKey.get(key);
      if (row && current(row) >= limit)
        return {
          allowed: false as const,
          key,
          retryAfterSeconds: Math.max(1, Math.ceil((windowEnd(row) - now.getTime()) / 1000)),
        };
    }
    for (const row of rows) {
      const expired = current(row) === 0;
      await tx.loginThrottle.update({
        where: { key: row.key },
        data: { attempts: current(row) + 1, ...(expired ? { windowStart: now } : {}) },
      });
    }
    return { allowed: true as const };
  });
};

/**
 * After a correct password: `forget` keys start over (the account on this address proved itself), `refund`
 * keys get the attempt back (a success does not use up the account's or the address's allowance).
 */
export const settleLoginSuccess = async (forget: readonly string[], refund: readonly string[]) => {
  const prisma = await getPrisma();
  await prisma.$transaction([
    prisma.loginThrottle.deleteMany({ where: { key: { in: [...forget] } } }),
    prisma.loginThrottle.updateMany({
      where: { key: { in: [...refund] }, attempts: { gt: 0 } },
      data: { attempts: { decrement: 1 } },
    }),
  ]);
};

/**
 * Removes what has run out: sessions past their expiry and throttle rows whose window ended more than
 * `windowSeconds` ago. Returns how many rows of each went. Run at start and periodically (scripts/start.ts).
 */
export const purgeExpiredLoginData = async (
  windowSeconds: number,
  now = new Date(),
): Promise<{ sessions: number; throttleRows: number }> => {
  const prisma = await getPrisma();
  const sessions = await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  const throttleRows = await prisma.loginThrottle.deleteMany({
    where: { windowStart: { lte: new Date(now.getTime() - windowSeconds * 1000) } },
  });
  return { sessions: sessions.count, throttleRows: throttleRows.count };
};
