/** 第1版（首次发布） / 第2版（第1次更正）. */
export const editionLabel = (edition: number): string =>
  edition === 1 ? "第1版（首次发布）" : `第${edition}版（第${edition - 1}次更正）`;
