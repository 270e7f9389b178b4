import { z } from "zod";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

/** Forms of the 管理 page and the account page, shared by the browser forms and the server actions. */

/**
 * An office's full name as typed (新增 and 编辑 on 管理): every space, line break and zero-width character
 * inside it is dropped, since a Chinese full name has none and `示范区卫生 健康局` or one with a hidden U+200B
 * would otherwise pass as a second office beside `示范区卫生健康局` (tester of issue 15); so is every other
 * invisible character (Unicode Default_Ignorable_Code_Point: soft hyphen U+00AD, direction marks U+200E/U+200F,
 * the bidi overrides U+202A–U+202E that print `局育教` as `教育局`), and full-width letters and digits become
 * half-width (`第１２` is `第12`; tester2); then 2–100 characters.
 */
export const ZOfficeName = z
  .string()
  .transform((name) =>
    name
      .replace(/[\s\p{Default_Ignorable_Code_Point}]+/gu, "")
      .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  )
  .pipe(z.string().min(2, { error: "请填写机关全称" }).max(100, { error: "机关全称过长" }));

/**
 * A person's name as typed (新增用户 and 修改姓名): invisible characters (zero-width, direction marks, soft hyphen) dropped and every run of spaces or line
 * breaks made one space (`张\n三` was saved as is and printed so as 操作人 in the history; tester of issue 15),
 * then 2–50 characters.
 */
export const ZDisplayName = z
  .string()
  .transform((name) =>
    name
      .replace(/\p{Default_Ignorable_Code_Point}+/gu, "")
      .replace(/\s+/g, " ")
      .trim(),
  )
  .pipe(z.string().min(2, { error: "请填写姓名" }).max(50));

export const ZCreateOffice = z.object({
  name: ZOfficeName,
  parentId: z.uuid({ error: "请选择上级机关" }),
});

/** 编辑 of an office on 管理: its full name and its parent (null only for an office at the top, unchanged). */
export const ZEditOffice = z.object({
  officeId: z.uuid({ error: "请选择机关" }),
  name: ZOfficeName,
  parentId: z.uuid({ error: "请选择上级机关" }).nullable(),
});

export const ZCreateUser = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{3,40}$/i, { error: "用户名为 3–40 位字母、数字、下划线、点或连字符" }),
  displayName: ZDisplayName,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `初始密码至少 ${MIN_PASSWORD_LENGTH} 位` })
    .max(MAX_PASSWORD_LENGTH, { error: `密码最多 ${MAX_PASSWORD_LENGTH} 位` }),
});

export const ZRole = z.enum(["FILLER", "REVIEWER", "ADMIN"], { error: "请选择角色" });

export const ZMembership = z.object({
  userId: z.uuid({ error: "请选择用户" }),
  officeId: z.uuid({ error: "请选择机关" }),
  role: ZRole,
});

export const ZChangePassword = z
  .object({
    current: z.string().min(1, { error: "请输入当前密码" }).max(MAX_PASSWORD_LENGTH),
    next: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: `新密码至少 ${MIN_PASSWORD_LENGTH} 位` })
      .max(MAX_PASSWORD_LENGTH, { error: `密码最多 ${MAX_PASSWORD_LENGTH} 位` }),
    confirm: z.string(),
  })
  .refine((form) => form.next === form.confirm, { error: "两次输入的新密码不一致", path: ["confirm"] });

export const ROLE_LABELS = { FILLER: "填报人", REVIEWER: "审核人", ADMIN: "管理员" } as const;
