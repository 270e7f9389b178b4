/**
 * Errors in the template data or in a format definition. They surface when the registry builds the
 * templates, at start-up and in every test run, never as a half-built report.
 */

export const templateError = (message: string): Error => new Error(`模板错误：${message}`);

/**
 * The `default` of an exhaustive switch over a kind a format definition chooses (a table-三 row kind, a
 * table-二 continuity); `value` is the kind or the object carrying it. TypeScript rejects a new kind that is
 * not handled, and a definition that slips past the types fails here instead of being built like another
 * version.
 */
export const unhandledKind = (what: string, value: never): never => {
  const unknown: unknown = value;
  const kind = typeof unknown === "object" && unknown !== null && "kind" in unknown ? unknown.kind : unknown;
  throw templateError(`${what}“${String(kind)}”未定义`);
};
