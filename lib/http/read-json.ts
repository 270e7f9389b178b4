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

/** A body as it arrives: the next piece (`done` at the end; a broken transfer rejects), and how to stop early. */
interface TBodySource {
  next(): Promise<{ done?: boolean; value?: Uint8Array }>;
  cancel(): Promise<unknown> | undefined;
}

/**
 * The core of `readJsonBody` and `readJsonStream`: refuses a `Content-Length` above `limit` before reading,
 * counts the pieces as they arrive and stops (`cancel`) once they pass it — `TOO_LARGE` (413) either way —
 * then parses the UTF-8 text as JSON (`INVALID`, 422, when it is not) and cleans its strings.
 */
const readJson = async (
  contentLength: string | null | undefined,
  source: TBodySource | null,
  limit: number,
): Promise<{ body: unknown; removed: number }> => {
  if (contentLength != null && /^\d+$/.test(contentLength.trim()) && Number(contentLength) > limit)
    throw tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let received = 0;
  while (source) {
    const { done, value } = await source.next().catch((error: unknown) => {
      throw new AppError("INVALID", "请求内容未完整接收，请重试。", { cause: String(error) });
    });
    if (done || !value) break;
    received += value.byteLength;
    if (received > limit) {
      await Promise.resolve(source.cancel()).catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
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

/**
 * Reads a JSON request body of at most `limit` bytes and cleans its text (lib/text/clean: NUL, other
 * control characters, lone surrogates, noncharacters removed from every string).
 *
 * - A `Content-Length` above the limit is refused before anything is read; without one (chunked), the
 *   stream is counted as it arrives and cancelled once it passes the limit: `TOO_LARGE` (413) either way.
 * - A body that is not JSON: `INVALID` (422), “请求内容不是有效的 JSON”.
 * Returns the parsed value and how many characters the cleaning removed (for the person's notice).
 */
export const readJsonBody = (
  request: Request,
  limit: number,
): Promise<{ body: unknown; removed: number }> => {
  const reader = request.body?.getReader();
  const source = reader ? { next: () => reader.read(), cancel: () => reader.cancel() } : null;
  return readJson(request.headers.get("content-length"), source, limit);
};

/**
 * `readJsonBody` for a node request stream (the custom server's save path, lib/server/fast-save.ts), with the
 * same limit, errors and cleaning. Past the limit it stops reading and leaves the rest unread (the caller
 * closes the connection after answering): `contentLength` is the request's Content-Length header.
 */
export const readJsonStream = (
  stream: AsyncIterable<Uint8Array>,
  contentLength: string | null | undefined,
  limit: number,
): Promise<{ body: unknown; removed: number }> => {
  const pieces = stream[Symbol.asyncIterator]();
  return readJson(contentLength, { next: () => pieces.next(), cancel: () => undefined }, limit);
};
