import { getPrisma } from "./client";
import type { Role } from "./generated/enums";

/** Offices, users and roles for the 管理 page. */

export interface TAdminUser {
  id: string;
  username: string;
  displayName: string;
  memberships: { id: string; officeId: string; officeName: string; role: Role }[];
}

export const listUsersOfOffices = async (officeIds: string[]): Promise<TAdminUser[]> => {
  const prisma = await getPrisma();
  const users = await prisma.user.findMany({
    where: { OR: [{ memberships: { some: { officeId: { in: officeIds } } } }, { memberships: { none: {} } }] },
    orderBy: { username: "asc" },
    select: {
      id: true,
      username: true,
      displayName: true,
      memberships: { select: { id: true, officeId: true, role: true, office: { select: { name: true } } } },
    },
  });
  return users.map((u) => ({
    ...u,
    memberships: u.memberships.map((m) => ({ id: m.id, officeId: m.officeId, officeName: m.office.name, role: m.role })),
  }));
};

export const officeNameExists = async (name: string): Promise<boolean> => {
  const prisma = await getPrisma();
  return (await prisma.office.count({ where: { name } })) > 0;
};

export const createOffice = async (name: string, parentId: string): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.office.create({ data: { name, parentId } });
};

export const usernameExists = async (username: string): Promise<boolean> => {
  const prisma = await getPrisma();
  return (await prisma.user.count({ where: { username } })) > 0;
};

export const createUser = async (data: { username: string; displayName: string; passwordHash: string }): Promise<string> => {
  const prisma = await getPrisma();
  return (await prisma.user.create({ data, select: { id: true } })).id;
};

export const addMembership = async (userId: string, officeId: string, role: Role): Promise<boolean> => {
  const prisma = await getPrisma();
  const existing = await prisma.membership.findUnique({ where: { userId_officeId_role: { userId, officeId, role } } });
  if (existing) return false;
  await prisma.membership.create({ data: { userId, officeId, role } });
  return true;
};

export const findMembership = async (id: string) => {
  const prisma = await getPrisma();
  return prisma.membership.findUnique({ where: { id }, select: { id: true, officeId: true, userId: true, role: true } });
};

export const removeMembership = async (id: string): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.membership.delete({ where: { id } });
};

export const getPasswordHash = async (userId: string): Promise<string | null> => {
  const prisma = await getPrisma();
  return (await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash ?? null;
};

/** New password; every other session of the user ends (the current one is kept). */
export const updatePassword = async (userId: string, passwordHash: string, keepTokenHash: string | null): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date() } }),
    prisma.session.deleteMany({ where: { userId, ...(keepTokenHash ? { NOT: { tokenHash: keepTokenHash } } : {}) } }),
  ]);
};
