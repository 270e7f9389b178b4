import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";

import { hashPassword, passwordProblem, verifyPassword, withHashSlot } from "./password";

describe("password hashing", () => {
  it("hashes with Argon2id and a fresh salt, and verifies", async () => {
    const first = await hashPassword("Minzheng2026");
    const second = await hashPassword("Minzheng2026");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword("Minzheng2026", first)).toEqual({ ok: true, needsRehash: false });
    expect(await verifyPassword("Minzheng2027", first)).toEqual({ ok: false, needsRehash: false });
  });

  it("tells passwords apart after byte 72 (bcrypt did not)", async () => {
    const head = "密".repeat(24); // 72 bytes of UTF-8
    const [a, b] = [`${head}甲乙丙丁1`, `${head}戊己庚辛2`];
    expect(await bcrypt.compare(b, await bcrypt.hash(a, 4))).toBe(true); // the old fault
    expect((await verifyPassword(b, await hashPassword(a))).ok).toBe(false);
    expect((await verifyPassword(a, await hashPassword(a))).ok).toBe(true);
  });

  it("verifies a bcrypt hash of an earlier version and asks for it to be replaced", async () => {
    const old = await bcrypt.hash("Nianbao2026", 4);
    expect(await verifyPassword("Nianbao2026", old)).toEqual({ ok: true, needsRehash: true });
    expect((await verifyPassword("nianbao2026", old)).ok).toBe(false);
  });

  it("runs at most two Argon2 computations at once, leaving the thread pool to compression and files", async () => {
    let running = 0;
    let most = 0;
    const work = () =>
      withHashSlot(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return running;
      });
    await Promise.all(Array.from({ length: 12 }, work));
    expect(most).toBe(2);
    expect(running).toBe(0);
  });

  it("never matches a malformed or foreign hash", async () => {
    for (const stored of ["", "-", "$argon2id$broken", "plain:Nianbao2026"])
      expect((await verifyPassword("Nianbao2026", stored)).ok, stored).toBe(false);
  });
});

describe("password strength", () => {
  it("refuses common, repetitive and keyboard passwords, with a Chinese reason", () => {
    for (const weak of ["aaaaaaa1", "password1", "Qwerty123", "12345678", "abcd1234", "1qaz2wsx"])
      expect(passwordProblem(weak, "zhangsan"), weak).toMatch(/太容易被猜到/);
  });

  it("refuses passwords containing the user name, in any case or reversed", () => {
    for (const withName of ["zhangsan", "zhangsanzhangsan", "Zhangsan#2026x", "nasgnahz9!Q"])
      expect(passwordProblem(withName, "zhangsan"), withName).toBe("密码不能包含用户名");
  });

  it("refuses short passwords and accepts hard-to-guess ones", () => {
    expect(passwordProblem("Ab1#", "zhangsan")).toBe("密码至少 8 位");
    for (const strong of ["Minzheng2026", "Tb7#kq92m", "长江黄河2026年报"])
      expect(passwordProblem(strong, "zhangsan"), strong).toBeNull();
  });

  it("counts the display name as a guessable word", () => {
    expect(passwordProblem("Wangxiaoming1", "wxm")).toBeNull();
    expect(passwordProblem("Wangxiaoming1", "wxm", "wangxiaoming")).toMatch(/太容易被猜到/);
  });
});
