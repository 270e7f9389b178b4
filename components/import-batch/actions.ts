"use server";

import { z } from "zod";

import { jsonPayloadOf } from "@/lib/actions/form-payload";
import { runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { previewBatchItemFor, saveBatchItemFor, type TBatchItem } from "@/lib/services/import-batch";
import { addOfficeAliasFor, removeOfficeAliasFor } from "@/lib/services/office-aliases";

const signedIn = async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
  return user;
};

/** The one file (`file`) or pasted text (`text`) a form carries; INVALID (Chinese) when neither or empty. */
const originalOf = async (
  form: FormData,
): Promise<{ file: Uint8Array; fileName: string } | { text: string }> => {
  const file = form.get("file");
  const text = form.get("text");
  if (file instanceof File) {
    if (file.size === 0) throw new AppError("INVALID", "文件是空的。");
    return { file: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
  }
  if (typeof text === "string" && text.trim()) return { text };
  throw new AppError("INVALID", "请选择文件或粘贴报告文字。");
};

/** Reads one file or text of the batch and matches its office; nothing is saved. */
export async function previewBatchItemAction(form: FormData): Promise<TActionResult<TBatchItem>> {
  return runAction(async () => {
    const user = await signedIn();
    const original = await originalOf(form);
    return previewBatchItemFor(user, "file" in original ? { file: original.file } : { text: original.text });
  });
}

const ZSave = z.object({
  officeId: z.uuid({ error: "请选择机关" }),
  document: z.unknown(),
  addAlias: z.string().max(200).optional(),
});

/**
 * Stores one confirmed row (`payload` = JSON `{ officeId, document, addAlias? }`, the original again as
 * `file` or `text`): a past year as 已发布（导入）, else a draft. Returns the report's id and how it was stored.
 */
export async function saveBatchItemAction(
  form: FormData,
): Promise<TActionResult<{ id: string; as: "published" | "draft"; aliasAdded: boolean }>> {
  return runAction(async () => {
    const user = await signedIn();
    const json = jsonPayloadOf(form);
    const { officeId, document, addAlias } = ZSave.parse(json);
    const original = await originalOf(form);
    return saveBatchItemFor(user, { officeId, document, original, ...(addAlias ? { addAlias } : {}) });
  });
}

const ZAlias = z.object({ officeId: z.uuid({ error: "请选择机关" }), name: z.string().max(200) });

/** Adds `name` as an alias of `officeId` (审核人 or 管理员 of it or above). */
export async function addOfficeAliasAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => {
    const user = await signedIn();
    const { officeId, name } = ZAlias.parse(input);
    await addOfficeAliasFor(user, officeId, name);
    return null;
  });
}

/** Removes the alias `name` of `officeId`. */
export async function removeOfficeAliasAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => {
    const user = await signedIn();
    const { officeId, name } = ZAlias.parse(input);
    await removeOfficeAliasFor(user, officeId, name);
    return null;
  });
}
