import { TABLE_NAMES } from "@/lib/template/labels";

import { claimNumberText, extractNarrativeClaims, type TNarrativeClaim } from "./narrative-claims";
import { blankReading } from "./blank-zeros";
import { CLAIM_LINK_SOURCES, readings, t3Total } from "./claim-readings";
import { narrativePlace, SECTION_OF_KEY } from "./places";
import { locateWritten, normalized } from "./text";
import type { TFinding, TRule, TRuleContext } from "./types";

export { CLAIM_LINK_SOURCES } from "./claim-readings";

/**
 * numbers the narrative states against the tables (issue 12 §2), and F-01: the 信息处理费 statement of
 * section 六 against 表三 （六）2 (issue 12 §4). Both warnings: a sentence may be phrased in a way the
 * patterns misread, so a person decides.
 */

/**
 * Whether the claim's number was typed (not printed from a linked value, which agrees by construction):
 * its matched words appear in the section as written, markers included, read the same way.
 */
const isTyped = (ctx: TRuleContext, claim: TNarrativeClaim): boolean => {
  if (!ctx.markedNarrative || claim.numberAt < 0) return true;
  return normalized(ctx.markedNarrative[claim.key]).includes(claim.match);
};

/** The one-click replacement of a typed number by its linked value, when the raw text holds the words. */
const linkFix = (ctx: TRuleContext, claim: TNarrativeClaim): Pick<TFinding, "fix"> => {
  const sourceId = CLAIM_LINK_SOURCES[claim.kind]?.[0];
  const written = (ctx.markedNarrative ?? ctx.report.narrative)[claim.key] ?? "";
  const numberText = claimNumberText(claim);
  if (!sourceId || !locateWritten(written, claim.match, claim.numberAt, numberText)) return {};
  return {
    fix: { kind: "link", key: claim.key, match: claim.match, numberAt: claim.numberAt, numberText, sourceId },
  };
};

/** The numbers a claim is compared with: blanks that stand for 0 in a published table read as 0 (./blank-zeros.ts). */
const readValues = (ctx: Pick<TRuleContext, "report" | "values">) =>
  blankReading(ctx.report, ctx.values).values;

const where = (claim: TNarrativeClaim) => `${narrativePlace(claim.key)}正文“…${claim.quote}…”`;

const checkAllMaintained = (ctx: TRuleContext, claim: TNarrativeClaim): void => {
  const groups =
    claim.kind === "review_all_maintained" ? ["review"] : ["litigation_direct", "litigation_after_review"];
  const name = claim.kind === "review_all_maintained" ? "行政复议" : "行政诉讼";
  const sum = (column: string) => {
    const parts = groups.map((group) => readValues(ctx).effective(`t4.${group}.${column}`));
    return parts.includes(null) ? null : parts.reduce<number>((acc, part) => acc + (part ?? 0), 0);
  };
  const corrected = sum("corrected");
  const other = sum("other");
  const pending = sum("pending");
  if (corrected === null || other === null || pending === null) return;
  if (corrected + other + pending === 0) return;
  ctx.emit({
    ruleId: "X-01",
    severity: "warning",
    message: `${where(claim)}称均获维持，而${TABLE_NAMES.t4}${name}结果纠正 ${corrected}、其他结果 ${other}、尚未审结 ${pending}`,
    cells: groups.flatMap((group) => ["corrected", "other", "pending"].map((col) => `t4.${group}.${col}`)),
    sectionId: SECTION_OF_KEY[claim.key],
  });
};

/** Whether `percent` (as printed, one decimal) is `part` of `whole`, allowing for rounding either way. */
const percentMatches = (percent: number, part: number, whole: number): boolean =>
  whole > 0 && Math.abs((part / whole) * 100 - percent) <= 0.1 + 1e-9;

const checkPercent = (ctx: TRuleContext, claim: TNarrativeClaim): void => {
  if (claim.percent === undefined) return;
  const values = readValues(ctx);
  const wholes = [
    { label: "（七）总计", value: t3Total(values, ["results_total"]) },
    { label: "本年新收与上年结转之和", value: t3Total(values, ["new_received", "carried_over"]) },
    { label: "本年新收", value: t3Total(values, ["new_received"]) },
  ].filter((whole): whole is { label: string; value: number } => whole.value !== null && whole.value > 0);
  if (wholes.length === 0) return;
  if (wholes.some((whole) => percentMatches(claim.percent ?? 0, claim.value, whole.value))) return;
  const main = wholes[0];
  if (!main) return;
  const actual = Math.round((claim.value / main.value) * 1000) / 10;
  ctx.emit({
    ruleId: "X-01",
    severity: "warning",
    message: `${where(claim)}的比例 ${claim.percent}% 与数字不符：${claim.value} 件占表三${main.label} ${main.value} 的 ${actual}%`,
    cells: ["t3.results_total.total"],
    sectionId: SECTION_OF_KEY[claim.key],
  });
};

const X01: TRule = {
  id: "X-01",
  severity: "warning",
  title: "正文中引用的数字与表格一致（收到、办结、予以公开、不予公开、结转、复议诉讼、比例）",
  check: (ctx) => {
    const { report, template, emit } = ctx;
    const values = readValues(ctx);
    for (const claim of extractNarrativeClaims(report.narrative)) {
      if (claim.kind === "review_all_maintained" || claim.kind === "litigation_all_maintained") {
        checkAllMaintained(ctx, claim);
        continue;
      }
      // A linked value agrees with its own source by construction, not necessarily with the words around it: a
      // number linked to the wrong source (“收到申请” showing 予以公开) is caught here like a typed one.
      const typed = isTyped(ctx, claim);
      const options = readings(claim.kind, template, values);
      if (!options || options.length === 0) continue;
      if (options.some((option) => option.value === claim.value)) {
        checkPercent(ctx, claim);
        continue;
      }
      // Two readings with the same number say the same thing: name it once.
      const [first, ...rest] = options.filter(
        (option, i) => options.findIndex((other) => other.value === option.value) === i,
      );
      if (!first) continue;
      const said =
        claim.kind === "review_corrected" || claim.kind === "litigation_corrected"
          ? `${where(claim)}称未发生纠错（败诉）`
          : typed
            ? `${where(claim)}为 ${claim.value}`
            : `${where(claim)}中的关联数值为 ${claim.value}，可能关联错了来源`;
      const against = [`${first.label}为 ${first.value}`, ...rest.map((r) => `${r.label}为 ${r.value}`)].join(
        "，",
      );
      emit({
        ruleId: "X-01",
        severity: "warning",
        message: `${said}，而${against}${rest.length ? "，两种读法都不相符" : ""}`,
        cells: [...new Set(options.flatMap((option) => option.cells))],
        sectionId: SECTION_OF_KEY[claim.key],
        ...(typed ? linkFix(ctx, claim) : {}),
      });
    }
  },
};

/** Section 六 says no 信息处理费 was charged: 未收取 / 无收取 / 没有产生 / 不收取 … 处理费 (real wordings). */
export const NO_FEE_RE =
  /(?:未|无|没有|不|免于|免)(?:收取|产生|发生|收|涉及)?[^。；\n]{0,16}?(?:信息)?(?:公开)?处理费|(?:信息)?(?:公开)?处理费[^。；\n]{0,10}?(?:为0|为零|0元|零元)/;
/** Section 六 states an amount collected: 收取信息处理费共计380元. */
const FEE_AMOUNT_RE = /收取[^。；\n]{0,12}?处理费[^。；\n\d]{0,8}?(\d+(?:\.\d+)?)\s*元/;

const F01: TRule = {
  id: "F-01",
  severity: "warning",
  title: "第六部分信息处理费说明与表三（六）2 逾期未缴纳费用一致（2021格式）",
  appliesTo: (format) =>
    format.table3.results.some((e) => e.kind === "group" && e.rows.some((r) => r.id === "other_no_fee")),
  check: (ctx) => {
    const { report, emit } = ctx;
    const values = readValues(ctx);
    const text = normalized(report.narrative.s6);
    if (!text) return;
    const noFee = NO_FEE_RE.test(text);
    const amount = FEE_AMOUNT_RE.exec(text);
    const unpaid = values.effective("t3.other_no_fee.total");
    if (noFee && unpaid !== null && unpaid > 0) {
      emit({
        ruleId: "F-01",
        severity: "warning",
        message:
          `第六部分称未收取信息处理费，而表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”总计为 ${unpaid}：` +
          `已发出收费通知，请写明发出通知的件数、金额和实际收取情况`,
        cells: ["t3.other_no_fee.total"],
        sectionId: "s6",
      });
    }
    if (noFee && amount && Number(amount[1]) > 0) {
      emit({
        ruleId: "F-01",
        severity: "warning",
        message: `第六部分既称未收取信息处理费，又写明收取 ${amount[1]} 元，请核对`,
        cells: [],
        sectionId: "s6",
      });
    }
  },
};

export const CLAIM_RULES: TRule[] = [X01, F01];
