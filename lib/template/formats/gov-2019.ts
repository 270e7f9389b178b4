import { countColumn } from "../table2";
import { T3_COMMON_RESULTS, T3_ROW_LABELS } from "../table3";
import type { TTable2Column } from "../types";
import { defineFormat } from "./define";

/**
 * 国办公开办函〔2019〕60号, for the 2019 and 2020 report years (template-spec §4): table 二 in five blocks
 * on a 5-column grid with signed 本年增/减, table 三's （六）其他处理 as one row, section 六 free text.
 */

const itemCount = countColumn("items_last_year", "上一年项目数量");
const itemChange: TTable2Column = { id: "items_change", label: "本年增/减", kind: "signedCount" };
/** Items（五）（六）: how many 事项 last year, the change, and this year's decisions. */
const itemColumns = [itemCount, itemChange, countColumn("decisions", "处理决定数量")];

export const GOV_2019 = defineFormat({
  version: 2019,
  documentNo: "国办公开办函〔2019〕60号",
  shortLabel: "〔2019〕60号",
  years: { from: 2019, to: 2020 },
  table2: {
    // 信息内容 + 4 value columns (template-spec §4).
    columnCount: 5,
    continuity: "item-counts",
    blocks: [
      {
        id: "item1",
        title: "第二十条第（一）项",
        columns: [
          countColumn("produced", "本年新制作数量"),
          countColumn("published", "本年新公开数量"),
          countColumn("total_public", "对外公开总数量"),
        ],
        rows: [
          { id: "regulations", label: "规章" },
          { id: "normative_documents", label: "规范性文件" },
        ],
      },
      {
        id: "item5",
        title: "第二十条第（五）项",
        columns: itemColumns,
        rows: [
          { id: "licensing", label: "行政许可" },
          { id: "other_services", label: "其他对外管理服务事项" },
        ],
      },
      {
        id: "item6",
        title: "第二十条第（六）项",
        columns: itemColumns,
        rows: [
          { id: "punishment", label: "行政处罚" },
          { id: "coercion", label: "行政强制" },
        ],
      },
      {
        id: "item8",
        title: "第二十条第（八）项",
        columns: [itemCount, itemChange],
        rows: [{ id: "fees", label: "行政事业性收费" }],
      },
      {
        id: "item9",
        title: "第二十条第（九）项",
        // The template fixes no unit for 采购总金额; reports use 元, 万元 or 亿元 (template-spec §4).
        columns: [
          countColumn("projects", "采购项目数量"),
          { id: "amount", label: "采购总金额", kind: "amount" },
        ],
        rows: [{ id: "procurement", label: "政府集中采购" }],
      },
    ],
    notes: ["本年增/减可以为负数，如 -8。", "采购总金额只填数字，不要在单元格中写单位。"],
  },
  table3: {
    results: [...T3_COMMON_RESULTS, { kind: "row", id: "other", label: T3_ROW_LABELS.other }],
  },
  section6: { guidance: "写明其他需要报告的事项；没有的写“无”。" },
});
