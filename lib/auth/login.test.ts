import bcrypt from "bcryptjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { TDatabase } from "@/lib/db/client";
import { purgeExpiredLoginData } from "@/lib/db/login-throttle";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";

import { ACCOUNT_LIMIT, ADDRESS_LIMIT, LOGIN_WINDOW_MINUTES, PAIR_LIMIT } from "./login-throttle";
import { hashPassword } from "./password";
import { login } from "./session";

// A login outside a request: the cookie store is a stand-in, the client address is passed in.
const cookieStore = { set: vi.fn(), get: vi.fn(), delete: vi.fn() };
vi.mock("next/headers", () => ({ cookies: async () => cookieStore, headers: async () => new Headers() }));

const WRONG = "用户名或密码不正确。";
const PASSWORD = "Minzheng2026";

describe.each(testDatabaseTargets())("login on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const passwordHash = await hashPassword(PASSWORD);
    for (const username of ["zhangsan", "lisi", "wangwu", "zhaoliu"])
      await db.prisma.user.create({ data: { username, displayName: username, passwordHash } });
  });

  afterAll(async () => {
    await close?.();
  });

  beforeEach(async () => {
    await db.prisma.loginThrottle.deleteMany();
  });

  const messages = async (attempts: Promise<{ ok: boolean; message?: string }>[]) =>
    (await Promise.all(attempts)).map((r) => (r.ok ? "OK" : r.message));

  it(`checks 40 parallel guesses at most ${PAIR_LIMIT} times`, async () => {
    const results = await messages(
      Array.from({ length: 40 }, (_, i) => login("zhangsan", `guess-${i}`, "203.0.113.7")),
    );
    expect(results.filter((m) => m === WRONG)).toHaveLength(PAIR_LIMIT);
    expect(results.filter((m) => m?.startsWith("登录尝试过于频繁，请 15 分钟后再试"))).toHaveLength(
      40 - PAIR_LIMIT,
    );
    // Locked on this address, even with the right password …
    expect(await login("zhangsan", PASSWORD, "203.0.113.7")).toMatchObject({ ok: false });
    // … but not the account: its owner signs in from elsewhere, and so do others from this address.
    expect(await login("zhangsan", PASSWORD, "198.51.100.2")).toEqual({ ok: true });
    expect(await login("lisi", PASSWORD, "203.0.113.7")).toEqual({ ok: true });
  });

  it("a correct password starts the pair over and uses up no allowance", async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < PAIR_LIMIT - 1; i++)
        expect(await login("wangwu", "wrong", "192.0.2.1")).toEqual({ ok: false, message: WRONG });
      expect(await login("wangwu", PASSWORD, "192.0.2.1")).toEqual({ ok: true });
    }
    const rows = await db.prisma.loginThrottle.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((r) => [r.key, r.attempts])).toEqual([
      ["account:wangwu", 3 * (PAIR_LIMIT - 1)],
      ["ip:192.0.2.1", 3 * (PAIR_LIMIT - 1)],
    ]);
  });

  it(`locks an account for everyone only after ${ACCOUNT_LIMIT} guesses from several addresses`, async () => {
    const addresses = Array.from({ length: ACCOUNT_LIMIT / PAIR_LIMIT }, (_, i) => `10.0.0.${i + 1}`);
    const results = await messages(
      addresses.flatMap((ip) => Array.from({ length: PAIR_LIMIT + 3 }, () => login("zhaoliu", "x", ip))),
    );
    expect(results.filter((m) => m === WRONG)).toHaveLength(ACCOUNT_LIMIT);
    expect(await login("zhaoliu", PASSWORD, "10.0.1.1")).toMatchObject({ ok: false });
  });

  it(`lets one address try at most ${ADDRESS_LIMIT} times over many accounts`, async () => {
    const results = await messages(
      Array.from({ length: ADDRESS_LIMIT + 10 }, (_, i) => login(`nobody${i}`, "x", "198.51.100.9")),
    );
    expect(results.filter((m) => m === WRONG)).toHaveLength(ADDRESS_LIMIT);
  });

  it("counts a user name in any case as the same account", async () => {
    for (let i = 0; i < PAIR_LIMIT; i++) await login(i % 2 ? "LISI" : "lisi", "x", "192.0.2.50");
    expect(await login("Lisi", "x", "192.0.2.50")).toMatchObject({ message: expect.stringMatching(/频繁/) });
  });

  it("replaces a bcrypt hash by Argon2id at the next correct login", async () => {
    const user = await db.prisma.user.create({
      data: {
        username: "laoyonghu",
        displayName: "老用户",
        passwordHash: await bcrypt.hash("Jiumima2019", 4),
      },
    });
    expect(await login("laoyonghu", "Jiumima2019x", "192.0.2.9")).toEqual({ ok: false, message: WRONG });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^\$2/);
    expect(await login("laoyonghu", "Jiumima2019", "192.0.2.9")).toEqual({ ok: true });
    const stored = (await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await login("laoyonghu", "Jiumima2019", "192.0.2.9")).toEqual({ ok: true });
  });

  it("purges expired sessions and ended throttle windows, keeping live ones", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "lisi" } });
    const now = new Date();
    const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3600_000);
    await db.prisma.session.deleteMany();
    await db.prisma.session.createMany({
      data: [
        { userId: user.id, tokenHash: "expired", expiresAt: hoursFromNow(-1) },
        { userId: user.id, tokenHash: "live", expiresAt: hoursFromNow(1) },
      ],
    });
    await db.prisma.loginThrottle.createMany({
      data: [
        { key: "ip:old", attempts: 5, windowStart: hoursFromNow(-1) },
        { key: "ip:current", attempts: 5, windowStart: hoursFromNow(-0.1) },
      ],
    });
    expect(await purgeExpiredLoginData(LOGIN_WINDOW_MINUTES * 60, now)).toEqual({
      sessions: 1,
      throttleRows: 1,
    });
    expect((await db.prisma.session.findMany()).map((s) => s.tokenHash)).toEqual(["live"]);
    expect((await db.prisma.loginThrottle.findMany()).map((r) => r.key)).toEqual(["ip:current"]);
  });
});
