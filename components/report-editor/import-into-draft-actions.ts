"use server";

import { z } from "zod";

import { runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import {
  applyImportIntoDraftFor,
  previewImportIntoDraftFor,
  type TIntoDraftPreview,
} from "@/lib/services/import-into-draft";
import { undoImportIntoDraftFor } from "@/lib/services/undo-import-into-draft";

const signedIn = async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
  return user;
};

/** The uploaded file of a form (`file`) as bytes with its name; INVALID when absent or empty. */
const fileOf = async (form: FormData): Promise<{ bytes: Uint8Array; name: string }> => {
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID", "请选择要导入的文件。");
  if (file.size === 0) throw new AppError("INVALID", "文件是空的。");
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
};

const narrativeKey = z.enum(["opening", "s1", "s2", "s3", "s4", "s5", "s6"], { error: "请选择部分" });
const ZApply = z.object({
  reportId: z.uuid({ error: "年报编号无效" }),
  baseVersion: z.coerce.number().int().positive(),
  part: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("tables"), keepWhereBlank: z.boolean() }),
    z.object({ kind: z.literal("section"), from: narrativeKey, to: narrativeKey, dropMarkers: z.boolean() }),
  ]),
});

/** Reads the uploaded file (`file`) against the draft `reportId`; nothing is saved. */
export async function previewIntoDraftAction(form: FormData): Promise<TActionResult<TIntoDraftPreview>> {
  return runAction(async () => {
    const user = await signedIn();
    const reportId = z.uuid({ error: "年报编号无效" }).parse(form.get("reportId"));
    return previewImportIntoDraftFor(user, reportId, (await fileOf(form)).bytes);
  });
}

/** Applies the file (`file`) to the draft: `reportId`, `baseVersion`, `part` (JSON of `TIntoDraftPart`). */
export async function applyIntoDraftAction(form: FormData): Promise<TActionResult<{ version: number }>> {
  return runAction(async () => {
    const user = await signedIn();
    const { reportId, baseVersion, part } = ZApply.parse({
      reportId: form.get("reportId"),
      baseVersion: form.get("baseVersion"),
      part: JSON.parse(String(form.get("part") ?? "null")),
    });
    const { bytes, name } = await fileOf(form);
    return applyImportIntoDraftFor(user, reportId, { file: bytes, fileName: name, baseVersion, part });
  });
}

/** 撤销导入 of the import recorded by event `eventId`, on the draft at `version` (the history's). */
export async function undoImportAction(
  reportId: string,
  eventId: string,
  version: number,
): Promise<TActionResult<{ version: number; skipped: number }>> {
  return runAction(async () => {
    const user = await signedIn();
    const ids = z.object({ reportId: z.uuid(), eventId: z.uuid(), version: z.int().positive() }).parse({
      reportId,
      eventId,
      version,
    });
    return undoImportIntoDraftFor(user, ids.reportId, ids.eventId, ids.version);
  });
}
