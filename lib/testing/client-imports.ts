import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";

/**
 * What a page makes the browser load first, read from the sources (no build): starting at the page's server files
 * (page, layouts, error and not-found files), follows the static imports to every "use client" module and from there
 * every static import the browser bundle gets, except into "use server" modules (the browser gets references to
 * their actions, not their code). `import()` is not followed (those chunks load on demand), nor imports
 * that TypeScript erases (`import type`, or only `type` specifiers). Used by tests that keep heavy code out of the
 * editor's first load (issue 17, D40, D71); `npm run bench` measures the bytes from the build.
 */
export interface TClientImports {
  /** Project files in the browser's first load, relative to the root (`components/app-shell.tsx`). */
  files: Set<string>;
  /** Packages they import (`zod`, `antd/locale/zh_CN`), and each name taken from "antd" as `antd:DatePicker`. */
  packages: Set<string>;
  /** For each file or package: the project file that first imported it (to name the way in when a test fails). */
  via: Map<string, string>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

const resolveLocal = (from: string, specifier: string): string | null => {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : path.resolve(path.dirname(path.join(ROOT, from)), specifier);
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)])
    if (/\.(tsx?|css)$/.test(candidate) && existsSync(candidate)) return path.relative(ROOT, candidate);
  return null;
};

/** The imports of a source file that survive compilation: specifier, and the names taken (for "antd"). */
const staticImports = (file: string): { specifier: string; names: string[] }[] => {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
  );
  const found: { specifier: string; names: string[] }[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const named = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
      const values = named.filter((element) => !element.isTypeOnly);
      if (clause && !clause.name && named.length > 0 && values.length === 0) continue; // only types: erased
      found.push({
        specifier: statement.moduleSpecifier.text,
        names: values.map((element) => (element.propertyName ?? element.name).text),
      });
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    )
      found.push({ specifier: statement.moduleSpecifier.text, names: [] });
  }
  return found;
};

/** Whether the file starts with the directive (after comments): "use client" or "use server". */
const hasDirective = (file: string, directive: string): boolean =>
  new RegExp(`^\\s*(?:\\/\\/[^\\n]*\\n\\s*)*["']${directive}["']`).test(
    readFileSync(path.join(ROOT, file), "utf8"),
  );

/** The browser's first load of the page whose server entry files are `entries` (paths from the project root). */
export const clientImportsOf = (entries: readonly string[]): TClientImports => {
  const result: TClientImports = { files: new Set(), packages: new Set(), via: new Map() };
  const seenServer = new Set<string>();
  const visit = (file: string, client: boolean, from: string) => {
    const inClient = client || (!file.endsWith(".css") && hasDirective(file, "use client"));
    if (inClient) {
      if (result.files.has(file)) return;
      result.files.add(file);
      result.via.set(file, from);
    } else {
      if (seenServer.has(file)) return;
      seenServer.add(file);
    }
    // A server action module reaches the browser as references to its actions, not as code.
    if (file.endsWith(".css") || (inClient && hasDirective(file, "use server"))) return;
    for (const { specifier, names } of staticImports(file)) {
      if (specifier.startsWith(".") || specifier.startsWith("@/")) {
        const target = resolveLocal(file, specifier);
        if (target) visit(target, inClient, file);
      } else if (inClient) {
        for (const key of [specifier, ...names.map((name) => `${specifier}:${name}`)])
          if (!result.packages.has(key)) {
            result.packages.add(key);
            result.via.set(key, file);
          }
      }
    }
  };
  for (const entry of entries) visit(entry, false, entry);
  return result;
};
