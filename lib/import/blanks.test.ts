import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { blanksOfTable, withBlanksAsZero } from "./blanks";
import { importText } from "./import-report";

// 02 (a county department’s web page) prints many cells empty: the importer keeps them empty.
const text = readFileSync(path.join("/work/shared/seeds-extra", "02_shuyang-fagaiju_2023.html"), "utf8");

describe("blanks as 0, one table at a time (issue 11)", () => {
  it("sets only the chosen table's blank cells to 0 and leaves every other cell as read", async () => {
    const { importFile } = await import("./import-report");
    const outcome = await importFile(Buffer.from(text, "utf8"));
    if (!outcome.ok) throw new Error(outcome.error);
    const { document, blanks } = outcome.result;
    const tables = (["t2", "t3", "t4"] as const).filter((t) => blanksOfTable(document, blanks, t).length > 0);
    expect(tables.length).toBeGreaterThan(0);
    const table = tables[0]!;
    const changed = withBlanksAsZero(document, blanks, [table]);
    const zeroed = new Set(blanksOfTable(document, blanks, table));
    for (const [id, value] of Object.entries(changed.cells)) {
      if (zeroed.has(id)) expect(value).toBe(0);
      else expect(value).toEqual(document.cells[id]);
    }
    for (const id of zeroed) expect(changed.cells[id] ?? changed.printedTotals?.[id]).toBe(0);
    // Blanks of the other tables stay blank.
    for (const other of tables.slice(1))
      for (const id of blanksOfTable(document, blanks, other))
        expect(changed.cells[id] ?? changed.printedTotals?.[id] ?? null).toBeNull();
    expect(withBlanksAsZero(document, blanks, [])).toBe(document);
  });

  it("changes nothing in a table the original printed in full", () => {
    const outcome = importText(readFileSync("/work/shared/seeds/004_405f20c665fb23e7.txt", "utf8"));
    if (!outcome.ok) throw new Error(outcome.error);
    const { document, blanks } = outcome.result;
    const full = (["t2", "t3", "t4"] as const).find((t) => blanksOfTable(document, blanks, t).length === 0);
    expect(full).toBeDefined();
    expect(withBlanksAsZero(document, blanks, [full!]).cells).toEqual(document.cells);
  });
});
