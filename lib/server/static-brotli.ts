import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompress, constants } from "node:zlib";
import { promisify } from "node:util";

import { securityHeadersFor } from "./node-security-headers";

const compress = promisify(brotliCompress);

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** Brotli of a built file, made once per file and kept (the files under _next/static never change). */
const cache = new Map<string, Promise<Buffer | null>>();

const brotliOf = (file: string): Promise<Buffer | null> => {
  let entry = cache.get(file);
  if (!entry) {
    entry = readFile(file)
      .then((bytes) =>
        compress(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        }),
      )
      .catch(() => null);
    cache.set(file, entry);
  }
  return entry;
};

/**
 * Answers a request for a built script or style sheet (`/_next/static/…` .js/.css) with its Brotli form when
 * the browser accepts `br`: 15–20 % fewer bytes than the gzip of Next.js' own compression for the same file.
 * Each file is compressed once (quality 11), on first request, and kept in memory. Headers are those
 * Next.js and proxy.ts give a static file (immutable caching, the security headers). Returns false, having
 * sent nothing, for every other request (which Next.js then answers as before), including files that do
 * not exist.
 */
export const serveStaticBrotli = async (
  req: IncomingMessage,
  res: ServerResponse,
  nextDir: string,
): Promise<boolean> => {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "";
  if (!url.startsWith("/_next/static/") || url.includes("?")) return false;
  const type = TYPES[path.extname(url)];
  if (!type || !/\bbr\b/.test(String(req.headers["accept-encoding"] ?? ""))) return false;
  const relative = decodeURIComponent(url.slice("/_next/static/".length));
  const staticDir = path.join(nextDir, "static");
  const file = path.resolve(staticDir, relative);
  if (!file.startsWith(staticDir + path.sep)) return false;
  const body = await brotliOf(file);
  if (!body) return false;
  for (const [name, value] of Object.entries(securityHeadersFor(req))) res.setHeader(name, value);
  res.setHeader("content-type", type);
  res.setHeader("content-encoding", "br");
  res.setHeader("vary", "Accept-Encoding");
  res.setHeader("cache-control", "public, max-age=31536000, immutable");
  res.setHeader("content-length", body.byteLength);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
};
