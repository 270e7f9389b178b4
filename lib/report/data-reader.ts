import { linkMarker, readLink } from "./linked-values";
import type { TReportValues } from "./values";

/** How the 数据段落 (./data-paragraphs.ts) read the tables: each number as its value and as a linked value. */

/** A source a paragraph needs is blank or absent; `label` names it in the reason shown. */
export class BlankSource extends Error {
  constructor(readonly label: string) {
    super(label);
  }
}

export interface TReader {
  /** The value of a source; throws `BlankSource` when it cannot be read. */
  n(sourceId: string): number;
  /** Whether the report's format has the source. */
  has(sourceId: string): boolean;
  /** The marker printing the source's current value. */
  m(sourceId: string): string;
}

/** A reader over a report's values (lib/report/values), its sources as ./link-sources.ts names them. */
export const reader = (values: TReportValues): TReader => {
  const read = (sourceId: string) => {
    const state = readLink(values, sourceId);
    if (state.kind === "missing") throw new BlankSource(sourceId);
    if (state.kind === "blank") throw new BlankSource(state.source.label);
    return state;
  };
  return {
    n: (id) => read(id).value,
    has: (id) => readLink(values, id).kind !== "missing",
    m: (id) => linkMarker(id, read(id).text),
  };
};

/** `a、b和c`-style list joins the reports use: items with 、. */
export const list = (items: string[]): string => items.join("、");
