import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ALL_RULES } from "@/lib/rules/evaluate";
import { FORMAT_VERSIONS, getTemplate } from "@/lib/template";

const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/report-format.md"), "utf8");

describe("docs/report-format.md", () => {
  it("documents every row and column id of both formats", () => {
    for (const version of FORMAT_VERSIONS) {
      for (const cell of getTemplate(version).cells) {
        expect(doc, cell.id).toContain(`\`${cell.rowId}\``);
        expect(doc, cell.id).toContain(`\`${cell.colId}\``);
      }
    }
  });

  it("lists every rule", () => {
    for (const rule of ALL_RULES) expect(doc, rule.id).toContain(rule.id);
  });
});
