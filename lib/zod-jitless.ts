/**
 * What `z.config({ jitless: true })` does, without importing Zod: Zod 4 keeps its configuration in one object on
 * `globalThis.__zod_globalConfig` (shared by every copy of Zod, created by whichever loads first) and reads
 * `jitless` when it builds a parser. Setting it here keeps Zod out of the JavaScript every page loads first
 * (docs/decisions.md D40); lib/zod-jitless.test.ts checks that Zod sees the setting, whichever runs first.
 */
export const setZodJitless = (): void => {
  const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  holder.__zod_globalConfig ??= {};
  holder.__zod_globalConfig.jitless = true;
};
