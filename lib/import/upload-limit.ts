import type { TActionFailure, TActionResult } from "@/lib/actions/result";

import { MAX_FILE_BYTES } from "./detect";

/**
 * The largest request body a server action accepts (next.config.js `serverActions.bodySizeLimit`, 21 MB): the
 * 20 MB file cap plus room for the form's other fields. A larger body is refused by Next.js before the action
 * runs ("Body exceeded 21mb limit"), which the browser saw as a crash (issue 11 tester §1).
 */
export const MAX_ACTION_BODY_BYTES = 21 * 1024 * 1024;

const MB = 1024 * 1024;

/** The message for a body refused as too large, said in the browser before sending and after a refusal. */
export const BODY_TOO_LARGE = `提交的内容超过 ${MAX_ACTION_BODY_BYTES / MB} MB 的上限，未读取。文件或粘贴的文字请不超过 ${MAX_FILE_BYTES / MB} MB。`;

const byteLength = (value: FormDataEntryValue): number =>
  typeof value === "string" ? new TextEncoder().encode(value).length : value.size;

/**
 * Why a form is too large to send (Chinese), or null. Per field: a file over 20 MB → “文件超过 20 MB”, a pasted
 * text over 20 MB (UTF-8 bytes) → “粘贴的文字超过 20 MB”; all fields together over 21 MB → BODY_TOO_LARGE.
 * Pure; runs in the browser before every import form is posted (single import, paste, into a draft, batch).
 */
export const formSizeProblem = (form: FormData): string | null => {
  let total = 0;
  for (const [key, value] of form.entries()) {
    const size = byteLength(value);
    if (typeof value !== "string" && size > MAX_FILE_BYTES) return "文件超过 20 MB，无法导入。";
    if (key === "text" && size > MAX_FILE_BYTES) return "粘贴的文字超过 20 MB，无法导入。";
    total += size;
  }
  return total > MAX_ACTION_BODY_BYTES ? BODY_TOO_LARGE : null;
};

const failure = (message: string): TActionFailure => ({ ok: false, error: { code: "INVALID", message } });

/** Whether a thrown value is Next.js' own navigation signal (a redirect), which must pass through. */
const isNavigation = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_");

/**
 * Posts an import form to a server action from the browser: refuses a form over the limits in Chinese without
 * sending it (formSizeProblem), and turns a rejected call — Next.js' “Body exceeded … limit” / “Unexpected end
 * of form” when a body is too large after all, or a network failure — into a Chinese failure instead of the
 * error page. A redirect passes through.
 */
export const postImportForm = async <T>(
  action: (form: FormData) => Promise<TActionResult<T>>,
  form: FormData,
): Promise<TActionResult<T>> => {
  const problem = formSizeProblem(form);
  if (problem) return failure(problem);
  try {
    return await action(form);
  } catch (error) {
    if (isNavigation(error)) throw error;
    const text = error instanceof Error ? error.message : String(error);
    if (/body exceeded|body size|too large|unexpected end of form|413/i.test(text))
      return failure(BODY_TOO_LARGE);
    return failure("提交失败：网络中断或服务器出错，请稍后重试。");
  }
};
