"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { jsonPayloadOf } from "@/lib/actions/form-payload";
import { actionFailure, runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import {
  createImportedDraftFor,
  previewImportFor,
  type TImportInput,
  type TImportReview,
} from "@/lib/services/import-report";

const signedIn = async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
  return user;
};

/**
 * The original a form names: an uploaded file (`file`, with its name), pasted text (`text`) or a web address
 * (`url`); INVALID when none. An empty file is said to be empty.
 */
const originalOf = async (form: FormData): Promise<TImportInput> => {
  const file = form.get("file");
  const text = form.get("text");
  const url = form.get("url");
  // The 年度 the person chose when the report prints none (absent otherwise).
  const chosen = Number(form.get("year"));
  const year = Number.isInteger(chosen) && chosen >= 2000 && chosen <= 2100 ? { year: chosen } : {};
  if (file instanceof File) {
    if (file.size === 0) throw new AppError("INVALID", "文件是空的。");
    return { file: new Uint8Array(await file.arrayBuffer()), fileName: file.name, ...year };
  }
  if (typeof text === "string" && text.trim()) return { text, ...year };
  if (typeof url === "string" && url.trim()) {
    if (url.length > 2000) throw new AppError("INVALID", "网址过长。");
    return { url: url.trim(), ...year };
  }
  throw new AppError("INVALID", "请选择文件、粘贴报告文字或填写网址。");
};

/** Reads an uploaded file (`file`), pasted text (`text`) or a web address (`url`) into a review; nothing is saved. */
export async function previewImportAction(form: FormData): Promise<TActionResult<TImportReview>> {
  return runAction(async () => {
    const user = await signedIn();
    const { file, text, url, year } = await originalOf(form);
    return previewImportFor(user, { ...(file ? { file } : text !== undefined ? { text } : { url }), year });
  });
}

const ZCreate = z.object({
  officeId: z.uuid({ error: "请选择机关" }),
  document: z.unknown(),
  as: z.enum(["draft", "published"]).default("draft"),
  blanksAsZero: z
    .array(z.enum(["t2", "t3", "t4"]))
    .max(3)
    .default([]),
});

/**
 * Creates this office's draft (or 已发布（导入） report) from the reviewed import and opens it; returns only when
 * it fails. `form`: `payload` = JSON `{ officeId, document, as, blanksAsZero }` (the document with the person's
 * choices; `blanksAsZero`: tables whose blanks were counted as 0, said in the history) and the original again
 * (`file` / `text` / `url`), which is stored with the report.
 */
export async function createImportedDraftAction(form: FormData): Promise<TActionResult<never>> {
  let id: string;
  try {
    const user = await signedIn();
    const json = jsonPayloadOf(form);
    const { officeId, document, as, blanksAsZero } = ZCreate.parse(json);
    const original = await originalOf(form);
    id = (await createImportedDraftFor(user, officeId, document, as, blanksAsZero, original)).id;
    if (as === "published") return { ok: true, data: undefined as never };
  } catch (error) {
    return actionFailure(error);
  }
  redirect(`/reports/${id}`);
}
