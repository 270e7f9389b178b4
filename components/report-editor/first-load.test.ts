import { describe, expect, it } from "vitest";

import { clientImportsOf } from "@/lib/testing/client-imports";

/**
 * The editor's first load (issue 17: ≤ 250 KB Brotli, measured from the build by `npm run bench`) stays free of the
 * code that only some moments need: Zod (the 报告信息 checks load on demand, D40), RE2 for 本地要求's matching
 * formats, the calendar of 成文日期 with dayjs, and Ant Design itself (the first view is built of the light components
 * of components/ui; what uses antd loads on demand, D71). Read from the sources, so a change that pulls one of them
 * back in fails here, naming the file that imports it.
 */
const EDITOR_ROUTE = [
  "app/layout.tsx",
  "app/error.tsx",
  "app/global-error.tsx",
  "app/not-found.tsx",
  "app/reports/[reportId]/page.tsx",
];

const ON_DEMAND_ONLY = ["zod", "re2js", "dayjs", "antd", "@ant-design/icons", "@ant-design/nextjs-registry"];

describe("the editor's first load", () => {
  const load = clientImportsOf(EDITOR_ROUTE);

  it("is read from the page down to the editor and the app's frame", () => {
    expect(load.files).toContain("components/report-editor/report-editor.tsx");
    expect(load.files).toContain("components/app-shell.tsx");
    expect(load.files).toContain("components/report-editor/details-form.tsx");
    // The server's own modules are not in it.
    expect(load.files).not.toContain("lib/services/workflow-view.ts");
    expect(load.packages).toContain("react-hook-form");
  });

  it.each(ON_DEMAND_ONLY)("does not import %s", (name) => {
    const way = load.via.get(name);
    expect(way ? `${name}，由 ${way} 引入` : null).toBeNull();
  });

  it("leaves the on-demand parts out", () => {
    for (const part of [
      "components/report-editor/stats-table.tsx",
      "components/report-editor/narrative-editor.tsx",
      "components/report-editor/issue-date-picker.tsx",
      "lib/rules/safe-pattern.ts",
    ])
      expect(load.files).not.toContain(part);
  });
});
