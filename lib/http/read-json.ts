import { AppError } from "@/lib/errors";
import { cleanDeep } from "@/lib/text/clean";

/**
 * Request-body limits of the route handlers, in bytes of the body as sent (UTF-8 JSON). A draft holds at
 * most 7 narrative sections of 100,000 characters (3 bytes each in UTF-8) plus tables and details, so 4 MiB
 * leaves room for JSON escaping; a workflow action (comment, note, explanations) is far smaller.
 */
export const BODY_LIMITS = { draft: 4 * 1024 * 1024, workflow: 256 * 1024 } as const;

const megabytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${(bytes / 1024).toFixed(0)} KB`;

/** 413 with a Chinese message naming the limit. */
export const tooLarge = (limit: number): AppError =>
  new AppError("TOO_LARGE", `请求内容过大（上限 ${megabytes(limit)}），未保存。请缩短正文后重试。`);

/**
 * Reads a JSON request body of at most `limit` bytes and cleans its text (lib/text/clean: NUL, other
 * control characters, lone surrogates, noncharacters removed from every string).
 *
 * - A `Content-Length` above the limit is refused before anything is read; without one (chunked), the
 *   stream is counted as it arrives and cancelled once it passes the limit: `TOO_LARGE` (413) either way.
 * - A body that is not JSON: `INVALID` (422), “请求内容不是有效的 JSON”.
 * Returns the parsed value and how many characters the cleaning removed (for the person's notice).
 */
export const readJsonBody = async (
  request: Request,
  limit: number,
): Promise<{ body: unknown; removed: number }> => {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read().catch((error: unknown) => {
        throw new AppError("INVALID", "请求内容未完整接收，请重试。", { cause: String(error) });
      });
      if (done) break;
      received += value.byteLength;
      if (received > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  } catch {
    throw new AppError("INVALID", "请求内容不是有效的 JSON。");
  }
  const { value, removed } = cleanDeep(parsed);
  return { body: value, removed };
};
