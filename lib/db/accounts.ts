import { getPrisma } from "./client";

/** Account states a 管理员 sets: disabled (no sign-in, no session) and a temporary password to change. */

/** The user's roles (office and role: the 管理员's scope, the last-审核人 check) and name, or null when there is no such user. */
export const findAccount = async (userId: string) => {
  const prisma = await getPrisma();
  return prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      memberships: { select: { officeId: true, role: true } },
    },
  });
};

/** Disables (every session ends) or enables the account. */
export const setAccountDisabled = async (userId: string, disabled: boolean): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } }),
    ...(disabled ? [prisma.session.deleteMany({ where: { userId } })] : []),
  ]);
};

/** A temporary password set by a 管理员: to be changed at the next sign-in; every session ends. */
export const resetAccountPassword = async (userId: string, passwordHash: string): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: true },
    }),
    prisma.session.deleteMany({ where: { userId } }),
  ]);
};

/** A new 姓名 for the account (what pages and new history rows show; rows written before keep the old one). */
export const renameAccount = async (userId: string, displayName: string): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.user.update({ where: { id: userId }, data: { displayName } });
};
