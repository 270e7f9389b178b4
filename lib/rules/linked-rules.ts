import { brokenLinkMarkers, linkIssues } from "@/lib/report/linked-values";
import type { TNarrativeKey } from "@/lib/report/schema";
import { OPENING_LABEL } from "@/lib/template/labels";

import { SECTION_OF_KEY } from "./places";
import type { TRule } from "./types";

/**
 * L-01: every linked value (关联数值, `{{值:SOURCE|LAST}}`, lib/report/linked-values.ts) reads a number. A
 * source that no longer exists (the report moved to another format, a hand-edited file) or a blank cell
 * would otherwise print a stale number; that is an error, so it blocks submission (issue 13).
 */
export const LINK_RULES: TRule[] = [
  {
    id: "L-01",
    severity: "error",
    title: "正文中的关联数值均能从表格读出",
    check: ({ template, report, markedNarrative, values, emit }) => {
      for (const issue of linkIssues(markedNarrative ?? report.narrative, values)) {
        const where = sectionName(template.sections, issue.key);
        const last = issue.marker.printed ? `（上次显示为 ${issue.marker.printed}）` : "";
        emit({
          ruleId: "L-01",
          severity: "error",
          message:
            issue.state.kind === "missing"
              ? `${where}的关联数值“${issue.marker.sourceId}”${last}在${template.documentNo}格式的表格中不存在，请删除或重新插入`
              : `${where}的关联数值引用的${issue.state.source.label}尚未填写${last}`,
          cells: issue.state.kind === "blank" ? issue.state.source.cells : [],
          sectionId: SECTION_OF_KEY[issue.key],
        });
      }
    },
  },
  {
    id: "L-02",
    severity: "error",
    title: "正文中没有残缺的关联数值标记",
    check: ({ template, report, markedNarrative, emit }) => {
      for (const { key, fragment } of brokenLinkMarkers(markedNarrative ?? report.narrative)) {
        emit({
          ruleId: "L-02",
          severity: "error",
          message: `${sectionName(template.sections, key)}中有残缺的关联数值标记“${fragment}”，导出时会原样印出；请删除后用“插入关联数值”重新插入`,
          cells: [],
          sectionId: SECTION_OF_KEY[key],
        });
      }
    },
  },
];

const sectionName = (sections: readonly { id: string; heading: string }[], key: TNarrativeKey): string =>
  key === "opening" ? OPENING_LABEL : `“${sections.find((s) => s.id === key)?.heading ?? key}”`;
