import { describe, expect, it } from "vitest";

import { getTemplate } from "@/lib/template";

import { describeChangedPlaces } from "./changed-places";

const template = getTemplate(2021);

describe("describeChangedPlaces", () => {
  it("names places in the report's order with the template's labels", () => {
    expect(
      describeChangedPlaces(template, [
        "remarks:t3",
        "cell:t3.granted.natural_person",
        "narrative:s3",
        "details",
        "narrative:opening",
      ]),
    ).toBe("修改：报告信息；开头段落；第三部分正文；表三“（一）予以公开”自然人；表三表下说明");
  });

  it("counts the cells of a table when more than three changed", () => {
    const cells = template.cells.filter((c) => c.table === "t3" && !c.sumOf).slice(0, 5);
    const text = describeChangedPlaces(
      template,
      cells.map((c) => `cell:${c.id}`),
    );
    expect(text).toMatch(/^修改：表三 5 格（表三“.+”.+、表三“.+”.+等）$/);
  });

  it("never shows an id the template does not know, and says nothing for no change", () => {
    expect(describeChangedPlaces(template, ["cell:t9.x.y", "narrative:s9"])).toBe("修改：其他 2 处");
    expect(describeChangedPlaces(template, [])).toBe("");
  });
});
