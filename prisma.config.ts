import path from "node:path";
import { defineConfig } from "prisma/config";

// 仅供 `prisma generate` 及联网环境下的 `prisma migrate deploy` 使用；应用本身不读此文件。
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});
