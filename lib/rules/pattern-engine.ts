import type { RE2JS } from "re2js";

/**
 * The RE2 engine that runs the matching formats (正则表达式) of 本地要求 (lib/rules/safe-pattern.ts explains why RE2,
 * D44), held here without importing it: re2js is ≈ 45 KB compressed, and most reports have no 本地要求 with a
 * matching format, so the editor loads it only when one applies (`loadPatternEngine`, issue 17, D71). The server
 * registers it as soon as lib/rules/safe-pattern.ts is imported — every way 本地要求 reach a check on the server
 * goes through that module (their schema validates the patterns with it).
 */

type TRe2Module = typeof import("re2js");

let engine: TRe2Module | null = null;
const compiled = new Map<string, RE2JS>();

/** Registers the engine (lib/rules/safe-pattern.ts on import; `loadPatternEngine` in the browser). */
export const setPatternEngine = (module: TRe2Module): void => {
  engine = module;
};

/** Whether the engine is here, so that `matchPattern` answers. */
export const patternEngineReady = (): boolean => engine !== null;

/** Loads the engine on demand (a separate chunk in the browser); resolves at once when it is already here. */
export const loadPatternEngine = async (): Promise<void> => {
  if (!engine) setPatternEngine(await import("re2js"));
};

/**
 * Compiles `pattern` with RE2 (cached, at most 500 patterns kept). Throws the engine's RE2JSSyntaxException when
 * the pattern is not valid RE2 syntax, and an Error when the engine is not loaded.
 */
export const compilePattern = (pattern: string): RE2JS => {
  if (!engine) throw new Error("匹配格式的引擎尚未加载");
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = engine.RE2JS.compile(pattern);
    if (compiled.size >= 500) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex;
};

/**
 * Whether `pattern` uses look-around — `(?=`, `(?!`, `(?<=`, `(?<!` outside a character class and not escaped.
 * RE2 has none, and reads `(?<=` as a malformed named group `(?<name>` (issue 16), so it is checked first.
 */
export const usesLookAround = (pattern: string): boolean => {
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === "\\") i += 1;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") {
      inClass = true;
      if (pattern[i + 1] === "]") i += 1; // "[]…]": a leading ] is a literal
    } else if (char === "(" && /^\(\?(?:[=!]|<[=!])/.test(pattern.slice(i, i + 4))) return true;
  }
  return false;
};

/**
 * Whether `pattern` occurs in `text`, in time linear in the text's length: "found", "absent", "invalid" (look-around
 * or not RE2 syntax: such patterns are refused when saved, and a stored one never breaks a check) or "pending" (the
 * engine is not loaded yet; the editor checks again once it is).
 */
export const matchPattern = (pattern: string, text: string): "found" | "absent" | "invalid" | "pending" => {
  if (!engine) return "pending";
  if (usesLookAround(pattern)) return "invalid";
  let regex: RE2JS;
  try {
    regex = compilePattern(pattern);
  } catch {
    return "invalid";
  }
  return regex.matcher(text).find() ? "found" : "absent";
};
