/**
 * Splitting a run of digits a web page printed together (`713000074` for 71/3/0/0/0/0/74) back into a row's
 * cells. A split is kept only when it satisfies every identity the row has (the row total, template-spec
 * §3.6 / §3.7; the rule engine checks the same ones: T3-02, T4-02); the caller takes a split only when it
 * is the only one and otherwise offers the candidates to the person.
 */

/** `sum(parts[from..to-1]) = parts[to]`: a total cell and the cells it adds up, by column index. */
export interface TRowIdentity {
  parts: number[];
  total: number;
}

/** At most this many candidates are collected; more mean the row cannot be split usefully. */
export const MAX_CANDIDATES = 50;

const NUMBER_PIECE = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * Every way to cut the digit runs `runs` (in order) into `count` numbers, each a whole run or a piece of one,
 * without leading zeros, such that every identity holds. Returns at most `MAX_CANDIDATES` candidates and
 * whether the search stopped early. Runs may hold a decimal point (`9116.36`); a piece never starts or ends
 * at one.
 */
export const splitDigitRuns = (
  runs: readonly string[],
  count: number,
  identities: readonly TRowIdentity[] = [],
): { candidates: number[][]; truncated: boolean } => {
  const groups = runs.length === 1 ? contiguousGroups(identities, count) : undefined;
  if (groups) return splitByGroups(runs[0]!, groups);
  const candidates: number[][] = [];
  let truncated = false;
  const values: number[] = [];
  // Identities checked as soon as their total is placed.
  const byTotal = new Map<number, TRowIdentity[]>();
  for (const identity of identities) {
    byTotal.set(identity.total, [...(byTotal.get(identity.total) ?? []), identity]);
  }
  const holds = (index: number): boolean =>
    (byTotal.get(index) ?? []).every(
      (identity) =>
        identity.parts.reduce((sum, part) => sum + (values[part] ?? 0), 0) === values[identity.total],
    );
  // For each part index, the identities whose total comes later: pruned as soon as the parts placed so far
  // need a total longer than the text left can hold.
  const openAt = Array.from({ length: count }, (_, index) =>
    identities.filter((identity) => identity.total > index && identity.parts.includes(index)),
  );
  const laterRunChars = runs.map((_, index) =>
    runs.slice(index + 1).reduce((sum, run) => sum + run.length, 0),
  );
  const fits = (placedIndex: number, charsLeft: number): boolean =>
    openAt[placedIndex]!.every((identity) => {
      let sum = 0;
      for (const part of identity.parts) if (part <= placedIndex) sum += values[part] ?? 0;
      const totalChars = sum > 0 ? String(Math.trunc(sum)).length : 1;
      const between = identity.total - placedIndex - 1;
      const after = count - identity.total - 1;
      return charsLeft >= between + totalChars + after;
    });
  const search = (run: number, offset: number): void => {
    if (candidates.length >= MAX_CANDIDATES) {
      truncated = true;
      return;
    }
    const text = runs[run];
    if (text === undefined) {
      if (values.length === count) candidates.push([...values]);
      return;
    }
    const remainingRuns = runs.length - run - 1;
    const placed = values.length;
    // Each later run gives at least one number.
    if (placed + 1 + remainingRuns > count) return;
    for (let end = offset + 1; end <= text.length; end++) {
      const piece = text.slice(offset, end);
      if (!NUMBER_PIECE.test(piece) || text[end] === ".") continue;
      values.push(Number(piece));
      if (!fits(placed, text.length - end + laterRunChars[run]!)) {
        values.pop();
        break; // a longer piece only makes the sum larger and the text left shorter
      }
      if (holds(placed)) {
        if (end === text.length) search(run + 1, 0);
        else if (placed + 1 + remainingRuns < count) search(run, end);
      }
      values.pop();
      if (piece === "0" && !text.slice(offset).startsWith("0.")) break;
    }
  };
  search(0, 0);
  return { candidates, truncated };
};

/** Identities that cut the row into consecutive groups `parts…, total` covering every cell, else undefined. */
const contiguousGroups = (identities: readonly TRowIdentity[], count: number): number[] | undefined => {
  const sizes: number[] = [];
  let next = 0;
  for (const identity of [...identities].sort((a, b) => a.total - b.total)) {
    const expected = Array.from({ length: identity.total - next }, (_, index) => next + index);
    if (expected.length === 0 || expected.join() !== [...identity.parts].sort((a, b) => a - b).join())
      return undefined;
    sizes.push(identity.parts.length);
    next = identity.total + 1;
  }
  return next === count && sizes.length > 0 ? sizes : undefined;
};

const pieceValue = (text: string): number | undefined => (NUMBER_PIECE.test(text) ? Number(text) : undefined);

/**
 * The fast path for rows made of groups `parts…, total` (表三's row, 表四's three groups): for each place the
 * group's total may start, the parts before it must add up to it, so every part is at most the total (no
 * longer than it) and a running sum above it stops the search.
 */
const splitByGroups = (
  text: string,
  sizes: readonly number[],
): { candidates: number[][]; truncated: boolean } => {
  const candidates: number[][] = [];
  let truncated = false;
  const values: number[] = [];
  const splitParts = (
    from: number,
    to: number,
    parts: number,
    target: number,
    maxLength: number,
    then: () => void,
  ) => {
    if (truncated) return;
    const length = to - from;
    if (length < parts || length > parts * maxLength) return;
    // The text left forces one part of at least ⌈length/parts⌉ digits (no leading zeros), and no part can be
    // longer than what the others leave: the target must lie between the two.
    const longest = Math.ceil(length / parts);
    if (longest > 1 && target < 10 ** (longest - 1)) return;
    if (target >= parts * 10 ** (length - parts + 1)) return;
    if (parts === 1) {
      const value = pieceValue(text.slice(from, to));
      if (value !== undefined && value === target) {
        values.push(value);
        then();
        values.pop();
      }
      return;
    }
    for (let end = from + 1; end <= Math.min(to - parts + 1, from + maxLength); end++) {
      if (text[end] === ".") continue;
      const value = pieceValue(text.slice(from, end));
      if (value === undefined) continue;
      if (value > target) break;
      values.push(value);
      splitParts(end, to, parts - 1, target - value, maxLength, then);
      values.pop();
    }
  };
  const group = (index: number, from: number): void => {
    if (truncated) return;
    const size = sizes[index];
    if (size === undefined) {
      if (from === text.length) {
        if (candidates.length >= MAX_CANDIDATES) truncated = true;
        else candidates.push([...values]);
      }
      return;
    }
    const laterMin = sizes.slice(index + 1).reduce((sum, later) => sum + later + 1, 0);
    const last = index === sizes.length - 1;
    for (let end = last ? text.length : from + size + 1; end <= text.length - laterMin; end++) {
      for (let totalStart = end - 1; totalStart >= from + size; totalStart--) {
        // `size` parts (at most 9) add up to less than 10 × the largest: the total is at most one digit longer.
        if (end - totalStart > totalStart - from - size + 2) break;
        if (text[totalStart - 1] === "." || text[totalStart] === ".") continue;
        const total = pieceValue(text.slice(totalStart, end));
        if (total === undefined) continue;
        splitParts(from, totalStart, size, total, end - totalStart, () => {
          values.push(total);
          group(index + 1, end);
          values.pop();
        });
      }
      if (last) break;
    }
  };
  group(0, 0);
  // Same order as the general search: by the cells' values left to right.
  candidates.sort((a, b) => {
    for (let index = 0; index < a.length; index++) {
      const diff = String(a[index]).length - String(b[index]).length || a[index]! - b[index]!;
      if (diff !== 0) return diff;
    }
    return 0;
  });
  return { candidates, truncated };
};
