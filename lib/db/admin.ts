import { getPrisma } from "./client";
import { prismaErrorCode } from "./errors";
import type { Role } from "./generated/enums";

/** Offices, users and roles for the 管理 page; users in the shape of lib/admin/types.ts. */

/** Users with a role in one of the offices, and users with no role at all; each with all their roles. */
export const listUsersOfOffices = async (officeIds: string[]) => {
  const prisma = await getPrisma();
  const users = await prisma.user.findMany({
    where: {
      OR: [{ memberships: { some: { officeId: { in: officeIds } } } }, { memberships: { none: {} } }],
    },
    orderBy: { username: "asc" },
    select: {
      id: true,
      username: true,
      displayName: true,
      disabledAt: true,
      memberships: { select: { id: true, officeId: true, role: true, office: { select: { name: true } } } },
    },
  });
  return users.map(({ disabledAt, ...u }) => ({
    ...u,
    disabled: disabledAt !== null,
    memberships: u.memberships.map((m) => ({
      id: m.id,
      officeId: m.officeId,
      officeName: m.office.name,
      role: m.role,
    })),
  }));
};

export const officeNameExists = async (name: string): Promise<boolean> => {
  const prisma = await getPrisma();
  return (await prisma.office.count({ where: { name } })) > 0;
};

/** A new office; "exists" when the name is taken (also by a parallel request), "no-parent" for an unknown parent. */
export const createOffice = async (
  name: string,
  parentId: string,
): Promise<"created" | "exists" | "no-parent"> => {
  const prisma = await getPrisma();
  try {
    await prisma.office.create({ data: { name, parentId } });
    return "created";
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") return "exists";
    if (prismaErrorCode(error) === "P2003") return "no-parent";
    throw error;
  }
};

/** Renames and moves an office; "exists" when another office has the name (also by a parallel request). */
export const updateOffice = async (
  officeId: string,
  data: { name: string; parentId: string | null },
): Promise<"updated" | "exists"> => {
  const prisma = await getPrisma();
  try {
    await prisma.office.update({ where: { id: officeId }, data });
    return "updated";
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") return "exists";
    throw error;
  }
};

/**
 * Whether a user of this name exists, letters compared without case: `WeiJian` beside `weijian` would be a
 * second account that looks like the first (tester2); sign-in stays exact.
 */
export const usernameExists = async (username: string): Promise<boolean> => {
  const prisma = await getPrisma();
  return (await prisma.user.count({ where: { username: { equals: username, mode: "insensitive" } } })) > 0;
};

export const createUser = async (data: {
  username: string;
  displayName: string;
  passwordHash: string;
}): Promise<string | null> => {
  const prisma = await getPrisma();
  try {
    // A password set by a 管理员 is changed at the first sign-in.
    return (await prisma.user.create({ data: { ...data, mustChangePassword: true }, select: { id: true } }))
      .id;
  } catch (error) {
    // The user name was taken by a parallel request after the caller's check.
    if (prismaErrorCode(error) === "P2002") return null;
    throw error;
  }
};

/**
 * Gives a user a role in an office: "added", "exists" (the user already has it, also when a parallel
 * request gave it first) or "no-user" / "no-office" (the id names nobody: the foreign key refuses it).
 */
export const addMembership = async (
  userId: string,
  officeId: string,
  role: Role,
): Promise<"added" | "exists" | "no-user" | "no-office"> => {
  const prisma = await getPrisma();
  const [user, office] = await Promise.all([
    prisma.user.count({ where: { id: userId } }),
    prisma.office.count({ where: { id: officeId } }),
  ]);
  if (!user) return "no-user";
  if (!office) return "no-office";
  try {
    await prisma.membership.create({ data: { userId, officeId, role } });
    return "added";
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") return "exists";
    // The user or office was deleted between the check and the insert.
    if (prismaErrorCode(error) === "P2003") return "no-user";
    throw error;
  }
};

export const findMembership = async (id: string) => {
  const prisma = await getPrisma();
  return prisma.membership.findUnique({
    where: { id },
    select: { id: true, officeId: true, userId: true, role: true },
  });
};

/** Removes a role; false when it was already gone (a parallel request removed it). */
export const removeMembership = async (id: string): Promise<boolean> => {
  const prisma = await getPrisma();
  return (await prisma.membership.deleteMany({ where: { id } })).count > 0;
};

export const getPasswordHash = async (userId: string): Promise<string | null> => {
  const prisma = await getPrisma();
  return (
    (await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash ??
    null
  );
};

/** New password; every other session of the user ends (the current one is kept). */
export const updatePassword = async (
  userId: string,
  passwordHash: string,
  keepTokenHash: string | null,
): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false },
    }),
    prisma.session.deleteMany({
      where: { userId, ...(keepTokenHash ? { NOT: { tokenHash: keepTokenHash } } : {}) },
    }),
  ]);
};
