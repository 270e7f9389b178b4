"use server";

import { revalidatePath } from "next/cache";

import { runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { addMembershipFor } from "@/lib/services/add-membership";
import { createOfficeFor } from "@/lib/services/create-office";
import { createUserFor } from "@/lib/services/create-user";
import { editOfficeFor } from "@/lib/services/edit-office";
import { renameUserFor, resetPasswordFor, setAccountDisabledFor } from "@/lib/services/manage-account";
import { removeMembershipFor } from "@/lib/services/remove-membership";

/** Every admin action confirms success with a Chinese message (`data.message`). */
type TAdminResult = TActionResult<{ message: string }>;

/** Every admin action: a signed-in user, then the service (which checks the scope); refusals as failures. */
const runAdmin = (operation: (user: TSessionUser) => Promise<string>): Promise<TAdminResult> =>
  runAction(async () => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
    const message = await operation(user);
    revalidatePath("/admin");
    return { message };
  });

export async function createOfficeAction(input: unknown): Promise<TAdminResult> {
  return runAdmin(async (user) => `已新增机关“${(await createOfficeFor(user, input)).name}”。`);
}

export async function createUserAction(input: unknown): Promise<TAdminResult> {
  return runAdmin(
    async (user) => `已新增用户“${(await createUserFor(user, input)).displayName}”，请为其分配角色。`,
  );
}

export async function addMembershipAction(input: unknown): Promise<TAdminResult> {
  return runAdmin(async (user) => {
    await addMembershipFor(user, input);
    return "已分配角色。";
  });
}

export async function removeMembershipAction(membershipId: unknown): Promise<TAdminResult> {
  return runAdmin(async (user) => {
    await removeMembershipFor(user, membershipId);
    return "已移除角色。";
  });
}

export async function setAccountDisabledAction(input: {
  userId: string;
  disabled: boolean;
}): Promise<TAdminResult> {
  return runAdmin(async (user) => {
    const name = await setAccountDisabledFor(user, input);
    return input.disabled ? `已停用“${name}”，其登录已全部退出。` : `已启用“${name}”。`;
  });
}

export async function resetPasswordAction(input: {
  userId: string;
  password: string;
}): Promise<TAdminResult> {
  return runAdmin(
    async (user) =>
      `已为“${await resetPasswordFor(user, input)}”设置临时密码；其登录已退出，下次登录须先修改密码。`,
  );
}

export async function editOfficeAction(input: unknown): Promise<TAdminResult> {
  return runAdmin(async (user) => `已保存机关“${(await editOfficeFor(user, input)).name}”。`);
}

export async function renameUserAction(input: {
  userId: string;
  displayName: string;
}): Promise<TAdminResult> {
  return runAdmin(async (user) => `姓名已改为“${await renameUserFor(user, input)}”。`);
}
