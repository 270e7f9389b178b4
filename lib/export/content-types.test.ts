import { describe, expect, it } from "vitest";

import { asciiFileName, attachmentHeaders } from "./content-types";
import { exportFileName } from "./format";

// RFC 6266 §4.1: disposition-parm `filename="<quoted-string>"` and `filename*=UTF-8''<RFC 5987 ext-value>`.
const DISPOSITION = /^attachment; filename="([^"\\]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

const parse = (header: string) => {
  const match = DISPOSITION.exec(header);
  if (!match) throw new Error(`not an RFC 6266 attachment header: ${header}`);
  return { fallback: match[1] ?? "", name: decodeURIComponent(match[2] ?? "") };
};

const NAMES = [
  exportFileName("示范区教育局2025年政府信息公开工作年度报告", "docx"),
  exportFileName("示范区教育局2025年政府信息公开工作年度报告（更正第1次）", "html"),
  exportFileName('某局"试点"\\报告\u0007\u00e9', "docx"),
  exportFileName("ＡＢＣ市２０２５年报告", "docx"),
  exportFileName("Report (draft) 'x' *", "html"),
  exportFileName("", "docx"),
  exportFileName("年报".repeat(200), "docx"),
];

describe("attachmentHeaders", () => {
  it.each(NAMES)(
    "names %s with an ASCII filename= that keeps the extension and the real name in filename*",
    (name) => {
      const headers = attachmentHeaders(name.endsWith(".docx") ? "docx" : "html", name);
      const { fallback, name: decoded } = parse(headers["content-disposition"] ?? "");
      expect(decoded).toBe(name);
      expect(fallback).toMatch(PRINTABLE_ASCII);
      expect(fallback).not.toMatch(/["\\]/);
      expect(fallback.split(".").pop()).toBe(name.split(".").pop());
      expect(fallback.length).toBeLessThanOrEqual(90);
    },
  );

  it("gives curl -OJ a usable name for the usual report title", () => {
    const headers = attachmentHeaders("docx", "示范区教育局2025年政府信息公开工作年度报告.docx");
    expect(headers["content-disposition"]).toContain('filename="report-2025.docx"');
    expect(headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
  });
});

describe("asciiFileName", () => {
  it.each([
    ["示范区教育局2025年政府信息公开工作年度报告.docx", "report-2025.docx"],
    ["示范区教育局2025年政府信息公开工作年度报告（更正第1次）.html", "report-2025-1.html"],
    ["ＡＢＣ市２０２５年报告.docx", "ABC-2025.docx"],
    ["Report (draft).html", "Report-draft.html"],
    ["政府信息公开工作年度报告.docx", "report.docx"],
    ['a"b\\c\u0000d.docx', "a-b-c-d.docx"],
    ["..docx", "report.docx"],
  ])("%s → %s", (name, expected) => {
    expect(asciiFileName(name)).toBe(expected);
  });
});
