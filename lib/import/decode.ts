import chardet from "chardet";
import iconv from "iconv-lite";

/**
 * Bytes of a web page or a text file → string: UTF-8 when the bytes are valid UTF-8, otherwise the charset
 * the page declares (`<meta charset="gb2312">`), otherwise what chardet detects (GBK/GB18030 for most
 * Chinese government pages that are not UTF-8).
 */
export const decodeText = (bytes: Uint8Array): string => {
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer, "utf16le");
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer, "utf16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer).replace(/^\uFEFF/, "");
  } catch {
    // not UTF-8
  }
  // A page declaring UTF-8 whose bytes are not UTF-8 (a GBK page saved by a CMS template that says utf-8):
  // the declaration is wrong, the bytes decide.
  const declared = buffer
    .subarray(0, 2048)
    .toString("latin1")
    .match(/charset\s*=\s*["']?([A-Za-z0-9_-]+)/i)?.[1]
    ?.replace(/^utf-?8$/i, "");
  const detected = chardet.detect(buffer) ?? undefined;
  const chinese = (name: string | undefined) => (name && /^(gb|big5)/i.test(name) ? name : undefined);
  const encoding = [declared, chinese(detected), "gb18030"].find(
    (name): name is string => !!name && iconv.encodingExists(name),
  )!;
  // GB2312 pages often use GBK characters; GB18030 is a superset of both.
  return iconv.decode(buffer, /^gb/i.test(encoding) ? "gb18030" : encoding);
};
