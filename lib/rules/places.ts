import { SECTION_OF_NARRATIVE_KEY } from "@/lib/report/plain-parts";
import type { TNarrativeKey } from "@/lib/report/schema";
import { OPENING_LABEL } from "@/lib/template/labels";

/** How findings name a narrative section: `第一部分`, …, `第六部分`, or the 开头段落 (issue 12 §2: name the section). */
const ORDINALS = ["一", "二", "三", "四", "五", "六"] as const;

export const narrativePlace = (key: TNarrativeKey): string =>
  key === "opening" ? OPENING_LABEL : `第${ORDINALS[Number(key.slice(1)) - 1] ?? key}部分`;

/** Where the editor points for a narrative key (lib/report/schema.ts `SECTION_OF_NARRATIVE_KEY`). */
export const SECTION_OF_KEY = SECTION_OF_NARRATIVE_KEY;
