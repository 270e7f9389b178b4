import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { linkRegistry } from "@/lib/report/linked-values";
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

  it("documents every derived linked-value source", () => {
    for (const version of FORMAT_VERSIONS) {
      for (const source of linkRegistry(getTemplate(version)).list.filter((s) => s.id.startsWith("sum."))) {
        expect(doc, source.id).toContain(`\`${source.id}\``);
      }
    }
  });

  it("lists every rule", () => {
    for (const rule of ALL_RULES) expect(doc, rule.id).toContain(rule.id);
  });
});
