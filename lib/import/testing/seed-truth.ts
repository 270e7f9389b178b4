/**
 * What the real reports in /work/shared/seeds-extra print, transcribed by hand from the files (not from the
 * importer's output), for the accuracy figures and the seed tests. Rows in template order; `null` = printed
 * empty; `undefined` = the value is not in the file at all (lost in the source's own text extraction).
 *
 * 表三 row order (2021 format): 一 新收, 二 上年结转, （一）予以公开, （二）部分公开, （三）1–8, （四）1–3,
 * （五）1–5, （六）1–3, （七）总计, 四 结转下年度; each row 自然人, 商业企业, 科研机构, 社会公益组织,
 * 法律服务机构, 其他, 总计. 表二 (2021): 规章 ×3, 行政规范性文件 ×3, 行政许可, 行政处罚, 行政强制, 行政事业性收费.
 * 表四: 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5.
 */

type TRow = readonly (number | null | undefined)[];

export interface TSeedTruth {
  t2: TRow;
  t3: readonly TRow[];
  t4: TRow;
}

const z7 = [0, 0, 0, 0, 0, 0, 0] as const;
const only = (natural: number): TRow => [natural, 0, 0, 0, 0, 0, natural];
/** 02: the 法人 columns are printed empty in every row of 表三. */
const naturalOnly = (natural: number): TRow => [natural, null, null, null, null, null, natural];

export const SEED_TRUTH: Record<string, TSeedTruth> = {
  // Markdown from the county's PDF; 表三 under placeholder headers, rows （六）2–四 under a wrong header.
  "01_shuyang-county_2025.txt": {
    t2: [0, 0, 0, 6, 1, 32, 517645, 693957, 2154, 4068.208],
    t3: [
      [705, 3, 0, 0, 5, 0, 713],
      only(36),
      [290, 1, 0, 0, 3, 0, 294],
      [99, 0, 0, 0, 2, 0, 101],
      z7,
      z7,
      only(2),
      only(2),
      only(13),
      only(2),
      only(4),
      only(9),
      only(111),
      only(2),
      z7,
      only(12),
      [6, 1, 0, 0, 0, 0, 7],
      z7,
      z7,
      z7,
      only(9),
      only(7),
      [142, 1, 0, 0, 0, 0, 143],
      [710, 3, 0, 0, 5, 0, 718],
      only(31),
    ],
    t4: [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10],
  },
  // The department's web page: 125 empty cells (every 法人 column of 表三), 规范性文件 for 行政规范性文件.
  "02_shuyang-fagaiju_2023.html": {
    t2: [0, 0, 0, 8, 0, 18, 0, 0, 0, 0],
    t3: [
      naturalOnly(26),
      naturalOnly(0),
      naturalOnly(26),
      ...Array.from({ length: 20 }, () => naturalOnly(0)),
      naturalOnly(26),
      naturalOnly(0),
    ],
    t4: [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  // PDF text: 表二 notes in cells (22（其中修订16件）, 55（含自然失效29件）) printed above the table, apart from the
  // 规章 row (22 | 235); 规范性文件 本年废止 lost in extraction; 表三 rows （五）5 and （六）1–2 printed without (or
  // with broken) labels: values from the lines where they stand (their sum checked against （七）总计). D67 reads
  // all but 规范性文件's row.
  "04_shanghai-gov-office_2025.txt": {
    t2: [22, 55, 235, 34, undefined, 189, 0, 0, 0, 0],
    t3: [
      [1259, 36, 0, 0, 0, 0, 1295],
      [170, 15, 0, 0, 4, 0, 189],
      [201, 5, 0, 0, 0, 0, 206],
      only(2),
      only(4),
      z7,
      only(1),
      z7,
      [8, 0, 0, 0, 1, 0, 9],
      only(1),
      z7,
      only(5),
      [484, 28, 0, 0, 1, 0, 513],
      [47, 1, 0, 0, 0, 0, 48],
      only(3),
      [61, 1, 0, 0, 0, 0, 62],
      only(16),
      only(1),
      only(1),
      z7,
      [40, 1, 0, 0, 2, 0, 43],
      z7,
      [264, 12, 0, 0, 0, 0, 276],
      [1139, 48, 0, 0, 4, 0, 1191],
      [290, 3, 0, 0, 0, 0, 293],
    ],
    t4: [40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22],
  },
  // Web page text with every table's digits run together; 88/55/698 confirmed by the narrative
  // (“现行有效行政规范性文件698件”“本年度制发的规范性文件88件”).
  "09_pingtan_2022.txt": {
    t2: [0, 0, 0, 88, 55, 698, 10690, 2113, 0, 9116.36],
    t3: [
      [71, 3, 0, 0, 0, 0, 74],
      only(1),
      only(21),
      [8, 1, 0, 0, 0, 0, 9],
      z7,
      z7,
      z7,
      z7,
      only(1),
      only(2),
      only(1),
      z7,
      only(37),
      z7,
      z7,
      z7,
      z7,
      z7,
      z7,
      z7,
      only(2),
      z7,
      [0, 2, 0, 0, 0, 0, 2],
      [72, 3, 0, 0, 0, 0, 75],
      z7,
    ],
    t4: [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  },
};
