import { createHash } from "node:crypto";

import { getPrisma } from "./client";
import type { Role } from "./generated/enums";

/** Users, their office roles and their sessions. */

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  mustChangePassword: true,
  memberships: { select: { officeId: true, role: true, office: { select: { name: true } } } },
} as const;

type TUserRow = {
  id: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  memberships: { officeId: string; role: Role; office: { name: string } }[];
};

/**
 * A user with their office roles. Its shape is lib/auth/types.ts's TSessionUser, which lib/auth/session.ts
 * checks where it hands the user out (lib/db never imports lib/auth).
 */
const toUserRecord = (user: TUserRow) => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  mustChangePassword: user.mustChangePassword,
  memberships: user.memberships.map((m) => ({
    officeId: m.officeId,
    officeName: m.office.name,
    role: m.role,
  })),
});

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const findUserForLogin = async (username: string) => {
  const prisma = await getPrisma();
  return prisma.user.findUnique({
    where: { username },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
};

/**
 * Replaces a password hash by one of today's scheme (lib/auth/password.ts), only if it is still `previous`:
 * a password changed meanwhile is kept.
 */
export const updatePasswordHash = async (userId: string, previous: string, passwordHash: string) => {
  const prisma = await getPrisma();
  await prisma.user.updateMany({ where: { id: userId, passwordHash: previous }, data: { passwordHash } });
};

export const createSessionRecord = async (userId: string, token: string, expiresAt: Date): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.session.create({ data: { userId, tokenHash: hashToken(token), expiresAt } });
};

/** The user behind a session token, or null when the token is unknown or expired or the account disabled. */
export const findSessionUser = async (token: string, now = new Date()) => {
  const prisma = await getPrisma();
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { ...userSelect, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  return toUserRecord(session.user);
};

export const deleteSessionRecord = async (token: string): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
};
