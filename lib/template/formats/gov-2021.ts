import { countColumn } from "../table2";
import { T3_COMMON_RESULTS, T3_ROW_LABELS } from "../table3";
import { defineFormat } from "./define";

/**
 * 国办公开办函〔2021〕30号, for the 2021 report year onward (template-spec §3): table 二 in four blocks on a
 * 4-column grid, table 三's （六）其他处理 in three rows, section 六 with the 信息处理费 statement.
 */
export const GOV_2021 = defineFormat({
  version: 2021,
  documentNo: "国办公开办函〔2021〕30号",
  shortLabel: "〔2021〕30号",
  years: { from: 2021 },
  table2: {
    // 信息内容 + 3 value columns (template-spec §3.5).
    columnCount: 4,
    continuity: "valid-documents",
    blocks: [
      {
        id: "item1",
        title: "第二十条第（一）项",
        columns: [
          countColumn("made", "本年制发件数"),
          countColumn("repealed", "本年废止件数"),
          countColumn("valid", "现行有效件数"),
        ],
        rows: [
          { id: "regulations", label: "规章" },
          { id: "normative_documents", label: "行政规范性文件" },
        ],
      },
      {
        id: "item5",
        title: "第二十条第（五）项",
        columns: [countColumn("decisions", "本年处理决定数量")],
        rows: [{ id: "licensing", label: "行政许可" }],
      },
      {
        id: "item6",
        title: "第二十条第（六）项",
        columns: [countColumn("decisions", "本年处理决定数量")],
        rows: [
          { id: "punishment", label: "行政处罚" },
          { id: "coercion", label: "行政强制" },
        ],
      },
      {
        id: "item8",
        title: "第二十条第（八）项",
        columns: [{ id: "amount", label: "本年收费金额（单位：万元）", kind: "amount" }],
        rows: [{ id: "fees", label: "行政事业性收费" }],
      },
    ],
    notes: ["不具有规章制定权的机关，规章一栏填 0。", "收费金额以万元为单位，只填数字，最多保留4位小数。"],
  },
  table3: {
    results: [
      ...T3_COMMON_RESULTS,
      {
        kind: "group",
        label: T3_ROW_LABELS.other,
        rows: [
          {
            id: "other_no_correction",
            label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          },
          {
            id: "other_no_fee",
            label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          },
          { id: "other_other", label: "3.其他" },
        ],
      },
    ],
  },
  section6: {
    guidance:
      "写明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数、金额和实际收取金额，未收取的也应说明），" +
      "以及建议提案办理结果公开、创新实践、年度政务公开工作要点落实等其他需要报告的事项。",
    // Items seen in 2021-format reports (template-spec §3.3, marked [P]/[U]): a configurable checklist.
    checklist: [
      { id: "fee", label: "（一）依申请公开信息处理费收费情况", required: true },
      { id: "proposals", label: "（二）本年度建议提案办理情况", required: false },
      {
        id: "innovation",
        label: "（三）本单位在政务公开制度、内容、形式和平台建设方面的创新实践情况",
        required: false,
      },
      { id: "key_points", label: "（四）年度政务公开工作要点（方案）落实情况", required: false },
      { id: "other", label: "（五）其他报告事项", required: false },
    ],
  },
});
