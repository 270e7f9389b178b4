import type { TImportChoice } from "./types";

/**
 * The review's choices in one phrase, the two kinds counted apart (a placement is not a split of digits,
 * lib/import/orphan-rows.ts): `1 行数字连在一起、可有多种拆分，1 处没有行标签的数字可归入不止一种位置`.
 * Empty for no choices.
 */
export const choicesPhrase = (choices: readonly Pick<TImportChoice, "kind">[]): string => {
  const placements = choices.filter((choice) => choice.kind === "placement").length;
  const splits = choices.length - placements;
  return [
    splits ? `${splits} 行数字连在一起、可有多种拆分` : "",
    placements ? `${placements} 处没有行标签的数字可归入不止一种位置` : "",
  ]
    .filter(Boolean)
    .join("，");
};
