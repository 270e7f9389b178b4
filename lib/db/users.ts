import { createHash } from "node:crypto";

import { getPrisma } from "./client";
import type { Role } from "./generated/enums";

/** Users, their office roles and their sessions. */

export interface TMembership {
  officeId: string;
  officeName: string;
  role: Role;
}

export interface TSessionUser {
  id: string;
  username: string;
  displayName: string;
  memberships: TMembership[];
}

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  memberships: { select: { officeId: true, role: true, office: { select: { name: true } } } },
} as const;

type TUserRow = {
  id: string;
  username: string;
  displayName: string;
  memberships: { officeId: string; role: Role; office: { name: string } }[];
};

const toSessionUser = (user: TUserRow): TSessionUser => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  memberships: user.memberships.map((m) => ({ officeId: m.officeId, officeName: m.office.name, role: m.role })),
});

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const findUserForLogin = async (username: string) => {
  const prisma = await getPrisma();
  return prisma.user.findUnique({ where: { username }, select: { id: true, passwordHash: true } });
};

export const countRecentLoginFailures = async (username: string, since: Date): Promise<number> => {
  const prisma = await getPrisma();
  return prisma.loginFailure.count({ where: { username, createdAt: { gte: since } } });
};

export const recordLoginFailure = async (username: string): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.loginFailure.create({ data: { username } });
};

export const clearLoginFailures = async (username: string): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.loginFailure.deleteMany({ where: { username } });
};

export const createSessionRecord = async (userId: string, token: string, expiresAt: Date): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.session.create({ data: { userId, tokenHash: hashToken(token), expiresAt } });
};

/** The user behind a session token, or null when the token is unknown or expired. */
export const findSessionUser = async (token: string, now = new Date()): Promise<TSessionUser | null> => {
  const prisma = await getPrisma();
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: userSelect } },
  });
  if (!session || session.expiresAt <= now) return null;
  return toSessionUser(session.user);
};

export const deleteSessionRecord = async (token: string): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
};

export const deleteExpiredSessions = async (now = new Date()): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
};
