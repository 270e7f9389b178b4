import type { TReportTemplate } from "@/lib/template";
import { T4_GROUPS, T4_RESULT_COLUMNS } from "@/lib/template/table4";

import { indexOf, perTemplate, sumAt } from "./plan";
import type { TRule } from "./types";

/** Table 四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (T4-01..03). */

const PART_COLUMNS = T4_RESULT_COLUMNS.slice(0, 4);

const plan = perTemplate((template: TReportTemplate) =>
  T4_GROUPS.map((group) => {
    const totalId = `t4.${group.id}.total`;
    const partIds = PART_COLUMNS.map((column) => `t4.${group.id}.${column.id}`);
    return { totalId, partIds, total: indexOf(template, totalId), parts: partIds.map((id) => indexOf(template, id)) };
  }),
);

export const TABLE4_RULES: TRule[] = T4_GROUPS.map((group, groupIndex): TRule => {
  const ruleId = `T4-0${groupIndex + 1}`;
  return {
    id: ruleId,
    severity: "error",
    title: `表四${group.label}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
    check: ({ template, values, emit }) => {
      const entry = plan(template)[groupIndex];
      if (!entry) return;
      const { totalId, partIds, total: totalIndex, parts } = entry;
      const total = values.effectiveAt[totalIndex] ?? null;
      const partSum = sumAt(values.effectiveAt, parts);
      if (total === null || partSum === null || partSum === total) return;
      const formula = PART_COLUMNS.map((column, i) => `${column.label} ${values.effectiveAt[parts[i] ?? -1]}`).join(" + ");
      emit({ ruleId, severity: "error", message: `表四${group.label}：总计 ${total} ≠ ${formula}（= ${partSum}）`, cells: [totalId, ...partIds] });
    },
  };
});
