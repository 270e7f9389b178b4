import { describe, expect, it } from "vitest";

import { batchOutcomeFor, batchSizeProblem, fileSizeProblem, MAX_BATCH_FILES } from "./batch";

const MB = 1024 * 1024;

describe("batch caps", () => {
  it("refuses an empty, too long or too heavy batch in Chinese, and accepts the caps themselves", () => {
    expect(batchSizeProblem([])).toBe("请选择要导入的文件。");
    const files = (count: number, size: number) =>
      Array.from({ length: count }, (_, i) => ({ name: `${i}`, size }));
    expect(batchSizeProblem(files(MAX_BATCH_FILES, 2 * MB))).toBeNull();
    expect(batchSizeProblem(files(MAX_BATCH_FILES + 1, 1))).toBe(
      "一次最多导入 100 个文件（已选 101 个），请分批导入。",
    );
    expect(batchSizeProblem(files(11, 19 * MB))).toBe(
      "文件合计 209 MB，超过一次 200 MB 的上限，请分批导入。",
    );
    expect(fileSizeProblem(20 * MB)).toBeNull();
    expect(fileSizeProblem(20 * MB + 1)).toBe("文件超过 20 MB，无法导入。");
    expect(fileSizeProblem(0)).toBe("文件是空的。");
  });

  it("stores a past year as published and the current year as a draft", () => {
    expect(batchOutcomeFor(2024, 2025)).toBe("published");
    expect(batchOutcomeFor(2025, 2025)).toBe("draft");
  });
});
