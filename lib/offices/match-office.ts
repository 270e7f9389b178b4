import { distance } from "fastest-levenshtein";

/**
 * Which registered office a report's printed name means (issue 11 “many at once”, the single import's name
 * check). Real reports name an office differently from the register (区教育局 for 示范区教育局, 县卫健局 for
 * 县卫生健康局, 政府办 for 人民政府办公室), so a name is compared in tiers, strongest first:
 *   exact → alias (a name the office keeps, lib/db/office-aliases.ts) → normalised (abbreviations expanded,
 *   人民/和/spaces/punctuation dropped) → contained (one normalised name ends the other: a place prefix
 *   printed or left out) → similar (Levenshtein similarity of the normalised names ≥ SIMILAR_THRESHOLD).
 * Two offices equally good in the best tier are a tie: both are offered, none is taken (never guessed). Pure.
 */

/** An office a name may match: the register's name and the aliases kept for it. */
export interface TMatchableOffice {
  id: string;
  name: string;
  aliases: readonly string[];
}

export type TMatchReason = "exact" | "alias" | "normalised" | "contained" | "similar";

export const MATCH_REASON_LABELS: Readonly<Record<TMatchReason, string>> = {
  exact: "名称一致",
  alias: "别名一致",
  normalised: "简称/写法规范后一致",
  contained: "名称包含（前缀不同）",
  similar: "名称相近",
};

/** One office a printed name may mean, with why: `via` is the register name or alias compared. */
export interface TOfficeMatch {
  officeId: string;
  officeName: string;
  reason: TMatchReason;
  /** The printed name that matched (agency, 落款 or the title's name). */
  printed: string;
  via: string;
  /** 0–1: 1 for exact/alias/normalised, the length ratio when contained, the similarity when similar. */
  score: number;
}

/**
 * `matched`: one office is the best; `ambiguous`: several tie and the person must choose among `candidates`;
 * `none`: no office is close (`candidates` then holds the nearest few, if any, for the person's choice).
 */
export type TMatchOutcome =
  | { status: "matched"; match: TOfficeMatch; candidates: TOfficeMatch[] }
  | { status: "ambiguous"; candidates: TOfficeMatch[] }
  | { status: "none"; candidates: TOfficeMatch[] };

/** Below this similarity a name is not offered as “名称相近”. */
export const SIMILAR_THRESHOLD = 0.6;
/** A similar match wins only when ahead of the next office by this much; closer is a tie. */
const SIMILAR_MARGIN = 0.1;

const TIER: Readonly<Record<TMatchReason, number>> = {
  exact: 5,
  alias: 4,
  normalised: 3,
  contained: 2,
  similar: 1,
};

/** Short forms printed in reports and their register forms (the register's own words, 和 left out). */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/卫健/g, "卫生健康"],
  [/卫计/g, "卫生计划生育"],
  [/发改/g, "发展改革"],
  [/人社/g, "人力资源社会保障"],
  [/住建/g, "住房城乡建设"],
  [/市场监管(?!理)/g, "市场监督管理"],
  [/文旅/g, "文化旅游"],
  [/文广旅/g, "文化广电旅游"],
  [/教体/g, "教育体育"],
  [/环保局/g, "生态环境局"],
  [/应急局/g, "应急管理局"],
  [/管委会/g, "管理委员会"],
  [/政府办(?!公)/g, "政府办公室"],
];

/**
 * A name reduced to what identifies the office: full-width letters and digits to ASCII, spaces, punctuation,
 * brackets, 人民 and 和 dropped, short forms expanded (`县卫健局` → `县卫生健康局`, `区政府办` → `区政府办公室`).
 */
export const normaliseOfficeName = (name: string): string => {
  let text = name
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]/gu, "")
    .replace(/人民/g, "")
    .replace(/和/g, "");
  for (const [pattern, full] of ABBREVIATIONS) text = text.replace(pattern, full);
  return text;
};

/**
 * The office name inside a printed title: what precedes the year (`某某区教育局2022年政府信息公开…` →
 * `某某区教育局`), without a leading 关于; null when the title has no year.
 */
export const nameInTitle = (title: string): string | null => {
  const head = title.replace(/\s/g, "").split(/(?:19|20)\d{2}年|[〇一二三四五六七八九零]{4}年/)[0];
  if (head === undefined || head === title.replace(/\s/g, "")) return null;
  const name = head.replace(/^关于/, "");
  return name.length >= 2 ? name : null;
};

const similarity = (a: string, b: string): number =>
  a.length === 0 || b.length === 0 ? 0 : 1 - distance(a, b) / Math.max(a.length, b.length);

/** How `printed` compares with one name of an office (`isAlias`: an alias rather than the register name). */
const compare = (
  printed: string,
  name: string,
  isAlias: boolean,
): { reason: TMatchReason; score: number } => {
  if (printed === name) return { reason: isAlias ? "alias" : "exact", score: 1 };
  const a = normaliseOfficeName(printed);
  const b = normaliseOfficeName(name);
  if (a && a === b) return { reason: isAlias ? "alias" : "normalised", score: 1 };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.endsWith(short))
    return { reason: "contained", score: short.length / long.length };
  return { reason: "similar", score: similarity(a, b) };
};

const better = (x: TOfficeMatch, y: TOfficeMatch): boolean =>
  TIER[x.reason] > TIER[y.reason] || (TIER[x.reason] === TIER[y.reason] && x.score > y.score);

/** The best way `printedNames` meet one office (each printed name against the name and every alias). */
const bestFor = (office: TMatchableOffice, printedNames: readonly string[]): TOfficeMatch | null => {
  let best: TOfficeMatch | null = null;
  for (const printed of printedNames) {
    for (const [via, isAlias] of [
      [office.name, false] as const,
      ...office.aliases.map((alias) => [alias, true] as const),
    ]) {
      const { reason, score } = compare(printed, via, isAlias);
      if (reason === "similar" && score < SIMILAR_THRESHOLD) continue;
      const match = { officeId: office.id, officeName: office.name, reason, printed, via, score };
      if (!best || better(match, best)) best = match;
    }
  }
  return best;
};

/**
 * Matches the names a report prints (agency, 落款, the title's name; blanks ignored) to one of `offices`.
 * Ties in the best tier (a `contained` name fitting two offices, two exact aliases, similar scores within
 * 0.1) are `ambiguous`. `candidates` are every office that met some tier, best first.
 */
export const matchOffice = (
  printedNames: readonly (string | null | undefined)[],
  offices: readonly TMatchableOffice[],
): TMatchOutcome => {
  const names = [
    ...new Set(printedNames.map((name) => name?.trim() ?? "").filter((name) => name.length >= 2)),
  ];
  const candidates = offices
    .map((office) => bestFor(office, names))
    .filter((match): match is TOfficeMatch => match !== null)
    .sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : x.officeName.localeCompare(y.officeName)));
  const [top, next] = candidates;
  if (!top) return { status: "none", candidates };
  const ties =
    next !== undefined &&
    TIER[next.reason] === TIER[top.reason] &&
    (top.reason === "contained" ||
      top.score - next.score < (top.reason === "similar" ? SIMILAR_MARGIN : 1e-9));
  if (ties) {
    const tied = candidates.filter(
      (c) =>
        TIER[c.reason] === TIER[top.reason] &&
        (top.reason === "contained" || top.score - c.score < SIMILAR_MARGIN),
    );
    return { status: "ambiguous", candidates: tied };
  }
  return { status: "matched", match: top, candidates };
};

/** The names a report prints that may name its office: agency, 落款 (issuer) and the title's name. */
export const printedOfficeNames = (details: {
  agencyName?: string;
  issuer?: string;
  title?: string;
}): string[] => [
  // Each name once: the agency, 落款 and title usually print the same name (issue 11 tester §10).
  ...new Set(
    [details.agencyName, details.issuer, details.title ? nameInTitle(details.title) : null]
      .filter((name): name is string => typeof name === "string" && name.trim().length >= 2)
      .map((name) => name.trim()),
  ),
];
