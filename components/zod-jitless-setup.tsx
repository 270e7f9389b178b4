"use client";

import { setZodJitless } from "@/lib/zod-jitless";

// Zod compiles object parsers with `new Function` where it may. The Content-Security-Policy allows no eval in the
// browser (docs/decisions.md, D18), and Zod's probe for it is itself reported as a violation: in the browser,
// parse without it (the server keeps the compiled parsers). Set on every page without loading Zod (D40).
if (typeof window !== "undefined") setZodJitless();

/** Rendered once by the root layout, so that the setting above runs in the browser before any Zod parse. */
export function ZodJitlessSetup() {
  return null;
}
