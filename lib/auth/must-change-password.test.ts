import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { MUST_CHANGE_PASSWORD_MESSAGE } from "@/lib/auth/session";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { actAs, jsonRequest, seedTestWorld, type TTestWorld } from "@/lib/testing/request-context";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

/**
 * D56: while an account must still change a password a 管理员 set (D48), every route handler and server action
 * refuses it with 403 and `MUST_CHANGE_PASSWORD_MESSAGE` — except what changing the password, signing in/out and
 * the health check need, and the public 公开 routes that read no session. The inventory is walked from the file
 * system (app/**∕route.ts, components/**∕*actions.ts), so a new route or action is covered without listing it.
 */
const ROOT = path.resolve(__dirname, "../..");
const walk = (dir: string, keep: (name: string) => boolean): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(rel, keep);
    return keep(entry.name) ? [rel] : [];
  });

const routeFiles = walk("app", (name) => name === "route.ts");
/** Every module of server actions: a file under components/ or app/ that starts with "use server". */
const actionFiles = [
  ...walk("components", (name) => name.endsWith(".ts")),
  ...walk("app", (name) => name.endsWith(".ts")),
]
  .filter((file) => !file.endsWith(".test.ts"))
  .filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8")));

/** Public or pre-password-change on purpose (D56): they must not be blocked. */
const EXEMPT_ROUTES = [/^app\/api\/health\//, /^app\/gongkai\//];
const EXEMPT_ACTIONS = new Set(["changePasswordAction", "loginAction", "logoutAction"]);

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;

describe.each(testDatabaseTargets())("must change password first on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let world: TTestWorld;

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    world = await seedTestWorld(db);
    // Every user of the world must change the password: 填报人, 审核人 and 管理员 alike.
    await db.prisma.user.updateMany({ data: { mustChangePassword: true } });
  });
  afterAll(() => close());

  it("finds the route handlers and server actions to check", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(10);
    expect(actionFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(routeFiles.filter((file) => !EXEMPT_ROUTES.some((re) => re.test(file))))(
    "%s answers 403 with the Chinese message",
    async (file) => {
      const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
      const handlers = METHODS.filter((method) => typeof mod[method] === "function");
      expect(handlers.length).toBeGreaterThan(0);
      // Valid segments (the seeded report's id, a real format), so only the password rule can refuse.
      const segment: Record<string, string> = { format: "docx", edition: "1" };
      const params = Promise.resolve(
        new Proxy(
          {},
          { get: (_t, key) => (key === "then" ? undefined : (segment[String(key)] ?? world.reportId)) },
        ),
      );
      for (const role of ["filler", "reviewer", "admin"] as const) {
        actAs(world.users[role].token);
        for (const method of handlers) {
          const body = method === "GET" || method === "HEAD" ? undefined : "{}";
          const request = jsonRequest(method, `/x?year=2025&office=${world.officeId}`, body);
          const handler = mod[method] as (r: Request, c: unknown) => Promise<Response>;
          const response = await handler(request, { params });
          expect(response.status, `${method} ${file} as ${role}`).toBe(403);
          expect(await response.text()).toContain(MUST_CHANGE_PASSWORD_MESSAGE);
        }
      }
    },
  );

  it.each(actionFiles)("%s: every server action refuses with the Chinese message", async (file) => {
    const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
    const actions = Object.entries(mod).filter(
      ([name, value]) => typeof value === "function" && !EXEMPT_ACTIONS.has(name),
    );
    for (const [name, action] of actions) {
      actAs(world.users.admin.token);
      const result = (await (action as (...a: unknown[]) => Promise<unknown>)({}, {})) as {
        ok: boolean;
        error?: { code: string; message: string };
      };
      expect(result, `${file} ${name}`).toMatchObject({
        ok: false,
        error: { code: "FORBIDDEN", message: MUST_CHANGE_PASSWORD_MESSAGE },
      });
    }
  });

  it("still lets the account change its password", async () => {
    const { changePasswordAction } = await import("@/components/account/actions");
    actAs(world.users.filler.token);
    const result = await changePasswordAction({ currentPassword: "wrong", newPassword: "x" });
    // Refused for the input, not for the password rule: the action is reachable.
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toBe(MUST_CHANGE_PASSWORD_MESSAGE);
  });
});
