"use client";

import { startTransition, useEffect, useState } from "react";

/** How long typing must pause before the checks run again (ms): under a frame's worth of perceived delay. */
export const SETTLE_MS = 120;

/**
 * `value` once it has stopped changing for `delay` ms, handed over as a transition (issue 17: a keystroke in 表三
 * reaches its 总计 within the frame). While a person types faster than that, nothing but the typed cell and its
 * totals renders: the rule check, the cells' marks, the findings list and the step counts wait for the pause
 * instead of starting a render after every key that the next key must wait for. The first render has `value`.
 */
export const useSettledValue = <T>(value: T, delay = SETTLE_MS): T => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
};
