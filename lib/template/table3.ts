import { inTable, TABLE_SECTIONS } from "./labels";
import { templateError, unhandledKind } from "./template-error";
import type { TCellSpec, TGridCell, TGridRow, TTable3ResultEntry, TTable3Spec, TTableDef } from "./types";

/**
 * Table 三 收到和处理政府信息公开申请情况 (template-spec §3.6; 2019: §4). The rows of 三、本年度办理结果
 * come from the format definition: （一）…（五） are common, each format adds its own （六）其他处理.
 */

export const T3_COLUMNS = [
  { id: "natural_person", label: "自然人" },
  { id: "commercial", label: "商业企业" },
  { id: "research", label: "科研机构" },
  { id: "public_interest", label: "社会公益组织" },
  { id: "legal_service", label: "法律服务机构" },
  { id: "other_org", label: "其他" },
  { id: "total", label: "总计" },
] as const;

export const T3_APPLICANT_COLUMNS = T3_COLUMNS.slice(0, 6).map((column) => column.id);

export const T3_CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

type TResultGroup = Extract<TTable3ResultEntry, { kind: "group" }>;

const DENY: TResultGroup = {
  kind: "group",
  label: "（三）不予公开",
  rows: [
    { id: "deny_state_secret", label: "1.属于国家秘密" },
    { id: "deny_law_forbidden", label: "2.其他法律行政法规禁止公开" },
    { id: "deny_three_safety", label: "3.危及“三安全一稳定”" },
    { id: "deny_third_party", label: "4.保护第三方合法权益" },
    { id: "deny_internal_affairs", label: "5.属于三类内部事务信息" },
    { id: "deny_process_info", label: "6.属于四类过程性信息" },
    { id: "deny_enforcement_file", label: "7.属于行政执法案卷" },
    { id: "deny_admin_query", label: "8.属于行政查询事项" },
  ],
};

const UNABLE: TResultGroup = {
  kind: "group",
  label: "（四）无法提供",
  rows: [
    { id: "unable_not_held", label: "1.本机关不掌握相关政府信息" },
    { id: "unable_need_creation", label: "2.没有现成信息需要另行制作" },
    { id: "unable_unclear", label: "3.补正后申请内容仍不明确" },
  ],
};

const NO_PROCESS: TResultGroup = {
  kind: "group",
  label: "（五）不予处理",
  rows: [
    { id: "noproc_petition", label: "1.信访举报投诉类申请" },
    { id: "noproc_duplicate", label: "2.重复申请" },
    { id: "noproc_publication", label: "3.要求提供公开出版物" },
    { id: "noproc_massive", label: "4.无正当理由大量反复申请" },
    { id: "noproc_confirm", label: "5.要求行政机关确认或重新出具已获取信息" },
  ],
};

export const T3_ROW_LABELS = {
  new_received: "一、本年新收政府信息公开申请数量",
  carried_over: "二、上年结转政府信息公开申请数量",
  results: "三、本年度办理结果",
  granted: "（一）予以公开",
  partial: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  other: "（六）其他处理",
  results_total: "（七）总计",
  carried_forward: "四、结转下年度继续办理",
} as const;

/** Short names of the rows in table 三's balance (T3-01): 本年新收 + 上年结转 = 办理结果总计 + 结转下年度. */
export const T3_ROW_SHORT_LABELS = {
  new_received: "本年新收",
  carried_over: "上年结转",
  results_total: "办理结果总计",
  carried_forward: "结转下年度",
} as const;

/** （一）予以公开 … （五）不予处理: the result rows every format has, in template order. */
export const T3_COMMON_RESULTS: readonly TTable3ResultEntry[] = [
  { kind: "row", id: "granted", label: T3_ROW_LABELS.granted },
  { kind: "row", id: "partial", label: T3_ROW_LABELS.partial },
  DENY,
  UNABLE,
  NO_PROCESS,
];

/** Ids of the rows whose sum is （七）总计, in template order. */
export const t3ResultRowIds = (spec: TTable3Spec): string[] =>
  spec.results.flatMap((entry) => (entry.kind === "group" ? entry.rows.map((row) => row.id) : [entry.id]));

interface TRowSpec {
  id: string;
  /** Short label used in messages. */
  label: string;
  leading: TGridCell[];
}

const label = (text: string, rowSpan = 1, colSpan = 1): TGridCell => ({
  type: "label",
  text,
  header: true,
  scope: "row",
  ...(rowSpan > 1 ? { rowSpan } : {}),
  ...(colSpan > 1 ? { colSpan } : {}),
});

const resultEntryRows = (entry: TTable3ResultEntry): TRowSpec[] => {
  switch (entry.kind) {
    case "row":
      return [{ id: entry.id, label: entry.label, leading: [label(entry.label, 1, 2)] }];
    case "group":
      if (entry.rows.length === 0) throw templateError(`${inTable("t3", entry.label)}没有行`);
      return entry.rows.map((row, index) => ({
        id: row.id,
        label: `${entry.label} ${row.label}`,
        leading: index === 0 ? [label(entry.label, entry.rows.length), label(row.label)] : [label(row.label)],
      }));
    default:
      return unhandledKind("表三办理结果的行类型", entry);
  }
};

const resultRowSpecs = (spec: TTable3Spec): TRowSpec[] => [
  ...spec.results.flatMap(resultEntryRows),
  {
    id: "results_total",
    label: T3_ROW_LABELS.results_total,
    leading: [label(T3_ROW_LABELS.results_total, 1, 2)],
  },
];

export const buildTable3 = (spec: TTable3Spec): { table: TTableDef; cells: TCellSpec[] } => {
  const results = resultRowSpecs(spec);
  // Column A's 三、本年度办理结果 spans every result row (22 in 2021, 20 in 2019).
  const firstResult = results[0];
  if (firstResult)
    firstResult.leading = [label(T3_ROW_LABELS.results, results.length), ...firstResult.leading];
  const rowSpecs: TRowSpec[] = [
    {
      id: "new_received",
      label: T3_ROW_LABELS.new_received,
      leading: [label(T3_ROW_LABELS.new_received, 1, 3)],
    },
    {
      id: "carried_over",
      label: T3_ROW_LABELS.carried_over,
      leading: [label(T3_ROW_LABELS.carried_over, 1, 3)],
    },
    ...results,
    {
      id: "carried_forward",
      label: T3_ROW_LABELS.carried_forward,
      leading: [label(T3_ROW_LABELS.carried_forward, 1, 3)],
    },
  ];
  const resultIds = t3ResultRowIds(spec);

  const cells: TCellSpec[] = rowSpecs.flatMap((row) =>
    T3_COLUMNS.map((column): TCellSpec => {
      const id = `t3.${row.id}.${column.id}`;
      const base = {
        id,
        table: "t3" as const,
        rowId: row.id,
        colId: column.id,
        rowLabel: row.label,
        colLabel: column.label,
        kind: "count" as const,
      };
      if (column.id === "total") {
        return { ...base, sumOf: T3_APPLICANT_COLUMNS.map((col) => `t3.${row.id}.${col}`) };
      }
      if (row.id === "results_total") {
        return { ...base, sumOf: resultIds.map((rowId) => `t3.${rowId}.${column.id}`) };
      }
      return base;
    }),
  );

  const header: TGridRow[] = [
    {
      isHeader: true,
      cells: [
        { type: "label", text: T3_CORNER_NOTE, rowSpan: 3, colSpan: 3, header: true, scope: "colgroup" },
        { type: "label", text: "申请人情况", colSpan: 7, header: true, scope: "colgroup" },
      ],
    },
    {
      isHeader: true,
      cells: [
        { type: "label", text: "自然人", rowSpan: 2, header: true, scope: "col" },
        { type: "label", text: "法人或其他组织", colSpan: 5, header: true, scope: "colgroup" },
        { type: "label", text: "总计", rowSpan: 2, header: true, scope: "col" },
      ],
    },
    {
      isHeader: true,
      cells: T3_COLUMNS.slice(1, 6).map((column): TGridCell => ({
        type: "label",
        text: column.label,
        header: true,
        scope: "col",
      })),
    },
  ];
  const body: TGridRow[] = rowSpecs.map((row) => ({
    cells: [
      ...row.leading,
      ...T3_COLUMNS.map((column): TGridCell => ({ type: "value", cellId: `t3.${row.id}.${column.id}` })),
    ],
  }));

  return {
    table: {
      id: "t3",
      sectionId: TABLE_SECTIONS.t3,
      title: "收到和处理政府信息公开申请情况",
      columnCount: 10,
      rows: [...header, ...body],
      notes: [
        "每件申请只计入一个办理结果；部分公开的，只计入“（二）部分公开”。",
        "申请人类别按申请人身份确定，而不是按申请内容。",
        "截至12月31日尚未办结的申请计入“四、结转下年度继续办理”，下一年度计入“二、上年结转”。",
      ],
    },
    cells,
  };
};
