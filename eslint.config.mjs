// ESLint flat config: Next.js (core web vitals, react-hooks) and typescript-eslint; formatting is Prettier's.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/db/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "tmp/**",
    "next-env.d.ts",
  ]),
]);
