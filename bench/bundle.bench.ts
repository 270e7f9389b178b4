import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * First-load JavaScript of a route, from the production build (.next): the framework's own chunks
 * (`rootMainFiles`) plus the chunks of the route's page and layouts (the client reference manifest's
 * `entryJSFiles`) — what the HTML of the page makes the browser fetch before it can hydrate. Chunks loaded by
 * `next/dynamic` or `import()` later (on demand or when idle) are not in it. Deterministic: sizes of files,
 * compressed here with gzip (level 6, as the server's compression) and Brotli (quality 11).
 */

// BENCH_APP_DIR: another checkout's build to measure (e.g. the code before a change, in the same conditions).
const root = process.env.BENCH_APP_DIR ?? path.resolve(import.meta.dirname, "..");

export interface TBundleSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

export const firstLoadJs = (route: string): TBundleSize => {
  const next = path.join(root, ".next");
  const build = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const manifestFile = path.join(
    next,
    "server",
    "app",
    ...route.split("/").filter(Boolean),
    "page_client-reference-manifest.js",
  );
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  // The manifest is a script that assigns `globalThis.__RSC_MANIFEST[...]`; run it against a sandbox object.
  new Function("globalThis", "self", readFileSync(manifestFile, "utf8"))(sandbox, sandbox);
  const entry = sandbox.__RSC_MANIFEST?.[`${route}/page`];
  if (!entry) throw new Error(`构建结果中没有 ${route} 的客户端清单`);
  const files = new Set([
    ...build.rootMainFiles,
    ...(entry.entryJSFiles[`[project]/app${route}/page`] ?? []),
  ]);
  let rawBytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(next, file));
    rawBytes += bytes.byteLength;
    gzipBytes += gzipSync(bytes, { level: 6 }).byteLength;
    brotliBytes += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
    }).byteLength;
  }
  return { files: files.size, rawBytes, gzipBytes, brotliBytes };
};
