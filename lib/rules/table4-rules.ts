import type { TReportTemplate } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";
import { T4_GROUPS, T4_RESULT_COLUMNS } from "@/lib/template/table4";

import { show } from "./format";
import { checkIdentity, indexOf, perTemplate } from "./plan";
import type { TRule } from "./types";

/** Table 四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (T4-01..03). */

const PART_COLUMNS = T4_RESULT_COLUMNS.slice(0, 4);

const plan = perTemplate((template: TReportTemplate) =>
  T4_GROUPS.map((group) => {
    const totalId = `t4.${group.id}.total`;
    const partIds = PART_COLUMNS.map((column) => `t4.${group.id}.${column.id}`);
    return {
      totalId,
      partIds,
      total: indexOf(template, totalId),
      parts: partIds.map((id) => indexOf(template, id)),
    };
  }),
);

export const TABLE4_RULES: TRule[] = T4_GROUPS.map((group, groupIndex): TRule => {
  const ruleId = `T4-0${groupIndex + 1}`;
  return {
    id: ruleId,
    severity: "error",
    title: `${TABLE_NAMES.t4}${group.label}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
    check: ({ template, values, emit }) => {
      const entry = plan(template)[groupIndex];
      if (!entry) return;
      const { totalId, partIds, total: totalIndex, parts } = entry;
      const total = values.effectiveAt[totalIndex] ?? null;
      const check = checkIdentity(template, values.effectiveAt, [totalIndex], parts);
      if (check.holds || total === null) return;
      const formula = PART_COLUMNS.map(
        (column, i) => `${column.label} ${show(values.effectiveAt[parts[i] ?? -1] ?? null)}`,
      ).join(" + ");
      const sum = check.exact ? `= ${check.right}` : `已填的合计至少 ${check.atLeast}，含未填写的单元格`;
      emit({
        ruleId,
        severity: "error",
        message: `${TABLE_NAMES.t4}${group.label}：总计 ${total} ≠ ${formula}（${sum}）`,
        cells: [totalId, ...partIds],
      });
    },
  };
});
