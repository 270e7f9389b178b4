"use client";

import { startTransition, useEffect, useState } from "react";

import type { TReportDocument } from "@/lib/report/schema";
import type { TReportValues } from "@/lib/report/values";

import { documentValues } from "./document-state";
import type { TDocumentStore } from "./document-store";

/** How long typing must pause before the checks run again (ms): under a frame's worth of perceived delay. */
export const SETTLE_MS = 120;

/** A document with its resolved values (`documentValues`). */
export interface TSettledDocument {
  document: TReportDocument;
  values: TReportValues;
}

const settledOf = (document: TReportDocument): TSettledDocument => ({
  document,
  values: documentValues(document),
});

/**
 * The store's document once it has stopped changing for `delay` ms, with its values, handed over as a
 * transition (issue 17: a keystroke in 表三 reaches its 总计 within the frame). While a person types faster than
 * that, nothing but the typed cell and its totals renders: the rule check, the cells' marks, the findings list
 * and the step counts wait for the pause instead of starting a render after every key that the next key must
 * wait for. The first render has the document as it is.
 */
export const useSettledDocument = (store: TDocumentStore, delay = SETTLE_MS): TSettledDocument => {
  const [settled, setSettled] = useState(() => settledOf(store.get()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const document = store.get();
        startTransition(() =>
          setSettled((before) => (before.document === document ? before : settledOf(document))),
        );
      }, delay);
    };
    const unsubscribe = store.subscribe(settle);
    // A change made before this subscribed (a draft recovered on opening) settles as well.
    settle();
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, delay]);
  return settled;
};
