import { AppError } from "@/lib/errors";

/**
 * The JSON a form carries in its `payload` field (the import forms send the reviewed document this way, beside
 * the original file). INVALID in Chinese when it is missing or not JSON; the caller validates the shape.
 */
export const jsonPayloadOf = (form: FormData): unknown => {
  const payload = form.get("payload");
  if (typeof payload !== "string") throw new AppError("INVALID", "缺少导入内容。");
  try {
    return JSON.parse(payload);
  } catch {
    throw new AppError("INVALID", "导入内容无效。");
  }
};
