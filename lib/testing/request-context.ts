import { randomBytes } from "node:crypto";

import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { createSessionRecord } from "@/lib/db/users";

/**
 * Route handlers and server actions outside Next.js, for integration tests (fuzz suite, body limits): a
 * cookie jar standing in for `next/headers`, and a small world of offices, users with sessions and a
 * draft report in a real test database (lib/db/test-databases).
 *
 * Use in a test file (vi.mock is hoisted, so the factory imports this module itself):
 *   vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
 *   vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
 */

/** The cookies of the request being simulated, by name. */
export const cookieJar = new Map<string, string>();

const cookieStore = {
  get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) ?? "" } : undefined),
  has: (name: string) => cookieJar.has(name),
  getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
  set: (name: string, value: string) => void cookieJar.set(name, value),
  delete: (name: string) => void cookieJar.delete(name),
};

export const nextHeadersMock = {
  cookies: async () => cookieStore,
  headers: async () => new Headers({ host: "localhost" }),
};

/** Signs in as the user for the following calls (session cookie `nbt_session`); null signs out. */
export const actAs = (token: string | null): void => {
  cookieJar.clear();
  if (token) cookieJar.set("nbt_session", token);
};

export interface TTestWorld {
  officeId: string;
  otherOfficeId: string;
  reportId: string;
  users: Record<"filler" | "reviewer" | "admin", { id: string; token: string }>;
}

/** A user who is `role` of `officeId` (placeholder password hash) with a live session of an hour: id and token. */
export const createPersonWithSession = async (
  db: TDatabase,
  username: string,
  officeId: string,
  role: "FILLER" | "REVIEWER" | "ADMIN",
): Promise<{ id: string; token: string }> => {
  const user = await db.prisma.user.create({
    data: {
      username,
      displayName: username,
      passwordHash: "x",
      memberships: { create: { officeId, role } },
    },
  });
  const token = randomBytes(32).toString("base64url");
  await createSessionRecord(user.id, token, new Date(Date.now() + 3600_000));
  return { id: user.id, token };
};

/**
 * 区政府办 (with 区教育局 under it) and an unrelated 邻区政府办; a filler of 区教育局, a reviewer and an
 * admin of 区政府办, each with a live session; 区教育局's 2025 report as a draft (version 1).
 * The password hashes are placeholders: nobody logs in with a password here.
 */
export const seedTestWorld = async (db: TDatabase): Promise<TTestWorld> => {
  const region = await db.prisma.office.create({ data: { name: "区政府办" } });
  const office = await db.prisma.office.create({ data: { name: "区教育局", parentId: region.id } });
  const other = await db.prisma.office.create({ data: { name: "邻区政府办" } });
  const report = await db.prisma.report.create({
    data: {
      officeId: office.id,
      year: 2025,
      formatVersion: 2021,
      data: demoPublishedReport("区教育局", 2025),
    },
  });
  const person = (username: string, officeId: string, role: "FILLER" | "REVIEWER" | "ADMIN") =>
    createPersonWithSession(db, username, officeId, role);
  return {
    officeId: office.id,
    otherOfficeId: other.id,
    reportId: report.id,
    users: {
      filler: await person("tianbao", office.id, "FILLER"),
      reviewer: await person("shenhe", region.id, "REVIEWER"),
      admin: await person("guanli", region.id, "ADMIN"),
    },
  };
};

/** A same-origin JSON request as the editor sends it (Origin and Host agree). */
export const jsonRequest = (
  method: string,
  path: string,
  body: string | undefined,
  headers: Record<string, string> = {},
): Request =>
  new Request(`http://localhost${path}`, {
    method,
    headers: {
      host: "localhost",
      origin: "http://localhost",
      "content-type": "application/json",
      ...headers,
    },
    body,
  });
