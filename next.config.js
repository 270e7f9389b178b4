/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Database drivers load WASM and native-ish code at run time; keep them out of the bundles. The importer's
  // PDF, .doc and Excel libraries stay server-side too. ECharts (server-side SVG) is
  // a large CommonJS library used only on the server.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "unpdf",
    "word-extractor",
    "exceljs",
    "echarts",
    "zrender",
    // Native SVG→PNG renderer (图解 in the .docx) and the Chromium driver (the portal's PDF).
    "@resvg/resvg-js",
    "playwright-core",
  ],
  // 导入 uploads a published report (up to 20 MB, lib/import/detect.ts MAX_FILE_BYTES) through a server action.
  // The proxy (proxy.ts, security headers) buffers request bodies too, with its own 10 MB default: a larger
  // upload was cut there and answered 500 before the action's own “文件超过 20 MB” could speak.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
};

export default nextConfig;
