"use server";

import { revalidatePath } from "next/cache";

import { ZCreateOffice, ZCreateUser, ZMembership } from "@/lib/admin/schemas";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { getCurrentUser } from "@/lib/auth/session";
import { addMembership, createOffice, createUser, findMembership, officeNameExists, removeMembership, usernameExists } from "@/lib/db/admin";
import { listOfficeSubtrees } from "@/lib/db/offices";

export type TAdminResult = { ok: true; message: string } | { ok: false; message: string };

/** Offices the signed-in 管理员 manages: those where they are ADMIN, and every office below. */
const managedOfficeIds = async (): Promise<Set<string> | null> => {
  const user = await getCurrentUser();
  if (!user) return null;
  const roots = user.memberships.filter((m) => m.role === "ADMIN").map((m) => m.officeId);
  return new Set((roots.length ? await listOfficeSubtrees(roots) : []).map((o) => o.id));
};

const refused = (message: string): TAdminResult => ({ ok: false, message });

export async function createOfficeAction(input: unknown): Promise<TAdminResult> {
  const managed = await managedOfficeIds();
  if (!managed?.size) return refused("只有管理员可以管理机关。");
  const parsed = ZCreateOffice.safeParse(input);
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? "参数无效");
  if (!managed.has(parsed.data.parentId)) return refused("只能在您管理的机关下新增机关。");
  if (await officeNameExists(parsed.data.name)) return refused(`机关“${parsed.data.name}”已存在。`);
  await createOffice(parsed.data.name, parsed.data.parentId);
  revalidatePath("/admin");
  return { ok: true, message: `已新增机关“${parsed.data.name}”。` };
}

export async function createUserAction(input: unknown): Promise<TAdminResult> {
  const managed = await managedOfficeIds();
  if (!managed?.size) return refused("只有管理员可以管理用户。");
  const parsed = ZCreateUser.safeParse(input);
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? "参数无效");
  const problem = passwordProblem(parsed.data.password, parsed.data.username);
  if (problem) return refused(problem);
  if (await usernameExists(parsed.data.username)) return refused(`用户名“${parsed.data.username}”已被使用。`);
  await createUser({ username: parsed.data.username, displayName: parsed.data.displayName, passwordHash: await hashPassword(parsed.data.password) });
  revalidatePath("/admin");
  return { ok: true, message: `已新增用户“${parsed.data.displayName}”，请为其分配角色。` };
}

export async function addMembershipAction(input: unknown): Promise<TAdminResult> {
  const managed = await managedOfficeIds();
  if (!managed?.size) return refused("只有管理员可以分配角色。");
  const parsed = ZMembership.safeParse(input);
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? "参数无效");
  if (!managed.has(parsed.data.officeId)) return refused("只能在您管理的机关中分配角色。");
  const added = await addMembership(parsed.data.userId, parsed.data.officeId, parsed.data.role);
  revalidatePath("/admin");
  return added ? { ok: true, message: "已分配角色。" } : refused("该用户在该机关已有此角色。");
}

export async function removeMembershipAction(membershipId: unknown): Promise<TAdminResult> {
  const managed = await managedOfficeIds();
  if (!managed?.size) return refused("只有管理员可以移除角色。");
  const membership = typeof membershipId === "string" ? await findMembership(membershipId).catch(() => null) : null;
  if (!membership || !managed.has(membership.officeId)) return refused("角色不存在，或不在您管理的机关中。");
  await removeMembership(membership.id);
  revalidatePath("/admin");
  return { ok: true, message: "已移除角色。" };
}
