import { describe, expect, it } from "vitest";

import { getTemplate } from "./index";
import {
  cellLabel,
  cellPlace,
  cellRowColumn,
  columnPlace,
  inTable,
  rowPlace,
  sectionOfCellId,
  stepLabel,
  TABLE_SECTIONS,
  tableOfCellId,
  tableSectionHeading,
} from "./labels";
import type { TCellDef } from "./types";

describe.each([2019, 2021] as const)("labels of template %i", (version) => {
  const template = getTemplate(version);
  const granted = template.cellById.get("t3.granted.natural_person") as TCellDef;

  it("names a cell as findings, lists and forms do", () => {
    expect(cellPlace(granted)).toBe("表三“（一）予以公开”行“自然人”列");
    expect(cellLabel(granted)).toBe("表三“（一）予以公开”自然人");
    expect(cellRowColumn(granted)).toBe("（一）予以公开 自然人");
    expect(rowPlace("t3", "（七）总计")).toBe("表三“（七）总计”行");
    expect(columnPlace("t3", "自然人")).toBe("表三“自然人”列");
    expect(inTable("t2", "规章")).toBe("表二“规章”");
  });

  it("puts each table in the section that prints it", () => {
    for (const table of Object.values(template.tables)) {
      expect(table.sectionId).toBe(TABLE_SECTIONS[table.id]);
      expect(template.sections.find((section) => section.tableId === table.id)?.id).toBe(table.sectionId);
    }
    expect(tableSectionHeading(template, "t4")).toBe("四、政府信息公开行政复议、行政诉讼情况");
  });

  it("names the editor's steps", () => {
    expect(stepLabel(template, "details")).toBe("报告信息");
    expect(stepLabel(template, "s5")).toBe("五、存在的主要问题及改进情况");
  });
});

describe("tableOfCellId / sectionOfCellId", () => {
  it("reads the table from a cell id, and nothing from other text", () => {
    expect(tableOfCellId("t2.fees.amount")).toBe("t2");
    expect(sectionOfCellId("t4.review.total")).toBe("s4");
    expect(tableOfCellId("t9.x.y")).toBeUndefined();
    expect(sectionOfCellId("")).toBeUndefined();
    expect(sectionOfCellId("constructor.x")).toBeUndefined();
  });
});
