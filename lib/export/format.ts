/** Number, date and name formatting shared by the exporters (GB/T 9704-2012 conventions). */

/** `2021-02-20` → `2021年2月20日`: full year, no leading zeros (GB/T 9704 §7.3.5.4). */
export const formatChineseDate = (isoDate: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
};

/** Numbers print as entered: integers plainly, amounts with their decimals and no trailing zeros. */
export const formatNumber = (value: number): string => {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
};

const UNSAFE_FILENAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** `{机关}{年份}年政府信息公开工作年度报告.{ext}`, without characters Windows or browsers refuse in names. */
export const exportFileName = (title: string, extension: "docx" | "html"): string =>
  `${title.replace(UNSAFE_FILENAME, "").trim() || "政府信息公开工作年度报告"}.${extension}`;

/** Width of a string in em (CJK = 1, ASCII = ½), for laying out titles and signatures. */
export const textWidthEm = (text: string): number => {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
};
