import { describe, expect, it } from "vitest";

import { getTemplate } from "@/lib/template";

import { stickyLeft, tableLayout } from "./table-layout";

const template = getTemplate(2021 as never);

describe("tableLayout", () => {
  it("表三: three header rows, three label columns, 一、 starts at column 0 and 1. at column 2", () => {
    const layout = tableLayout(template.tables.t3);
    expect(layout.headerRows).toBe(3);
    expect(layout.labelColumns).toBe(3);
    const rowOf = (text: string) =>
      template.tables.t3.rows.findIndex((row) =>
        row.cells.some((cell) => cell.type === "label" && cell.text.startsWith(text)),
      );
    expect(layout.startColumns[rowOf("一、本年新收")]?.[0]).toBe(0);
    expect(layout.startColumns[rowOf("三、本年度办理结果")]?.slice(0, 3)).toEqual([0, 1, 3]);
    // Under （三）不予公开 (rows spanned from above), 2. starts at the third label column and the values after it.
    expect(layout.startColumns[rowOf("2.其他法律行政法规")]?.slice(0, 2)).toEqual([2, 3]);
    expect(stickyLeft(layout, 2)).toBe(layout.labelWidths[0]! + layout.labelWidths[1]!);
  });

  it("表二 has one label column and no frozen header rows (each band has its own); 表四 has no label column", () => {
    expect(tableLayout(template.tables.t2)).toMatchObject({ headerRows: 0, labelColumns: 1 });
    expect(tableLayout(template.tables.t4)).toMatchObject({
      headerRows: 3,
      labelColumns: 0,
      labelWidths: [],
    });
  });
});
