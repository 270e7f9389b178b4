import "server-only";

import { ancestorIdsIn, fillerOffices } from "@/lib/auth/office-scopes";
import { canEditOfficeAliases } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import { addOfficeAlias, listOfficeAliases, removeOfficeAlias } from "@/lib/db/office-aliases";
import { listOffices } from "@/lib/db/offices";
import { AppError } from "@/lib/errors";

/** The office if the user may keep its aliases (审核人 or 管理员 of it or above); FORBIDDEN / NOT_FOUND otherwise. */
const requireAliasOffice = async (user: TSessionUser, officeId: string) => {
  const offices = await listOffices();
  const office = offices.find((candidate) => candidate.id === officeId);
  if (!office) throw new AppError("NOT_FOUND", "机关不存在。");
  if (!canEditOfficeAliases(user, { id: office.id, ancestorIds: ancestorIdsIn(office.id, offices) })) {
    throw new AppError("FORBIDDEN", "只有本机关或上级机关的审核人、管理员可以维护机关别名。");
  }
  return office;
};

/** A printed name as an alias: trimmed, 2–100 characters, not the office's own name. INVALID otherwise (Chinese). */
const cleanAlias = (name: string, officeName: string): string => {
  const alias = name.replace(/\s+/g, " ").trim();
  if (alias.length < 2) throw new AppError("INVALID", "别名至少 2 个字。");
  if (alias.length > 100) throw new AppError("INVALID", "别名不能超过 100 个字。");
  if (alias === officeName) throw new AppError("INVALID", "别名与机关名称相同，无需添加。");
  return alias;
};

/** Adds an alias to an office (the batch import then matches reports printing it). CONFLICT when it exists. */
export const addOfficeAliasFor = async (
  user: TSessionUser,
  officeId: string,
  name: string,
): Promise<void> => {
  const office = await requireAliasOffice(user, officeId);
  const alias = cleanAlias(name, office.name);
  if (!(await addOfficeAlias(office.id, alias, user.displayName))) {
    throw new AppError("CONFLICT", `“${alias}”已是${office.name}的别名。`);
  }
};

/** Removes an alias of an office. NOT_FOUND when the office has no such alias. */
export const removeOfficeAliasFor = async (
  user: TSessionUser,
  officeId: string,
  name: string,
): Promise<void> => {
  const office = await requireAliasOffice(user, officeId);
  if (!(await removeOfficeAlias(office.id, name))) throw new AppError("NOT_FOUND", "该别名不存在。");
};

/**
 * The offices the user fills for (`fillerOffices`) with their aliases, for the single import's office-name check.
 */
export const fillerOfficesWithAliasesFor = async (
  user: TSessionUser,
): Promise<{ id: string; name: string; aliases: string[] }[]> => {
  const offices = fillerOffices(user);
  const aliases = await listOfficeAliases(offices.map((office) => office.id));
  return offices.map((office) => ({ ...office, aliases: aliases.get(office.id) ?? [] }));
};
