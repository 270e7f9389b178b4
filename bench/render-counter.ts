import type { Page } from "@playwright/test";

/**
 * Counts the React components that render, in a production build, through the hook React calls for its
 * developer tools (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, which production React also calls on every commit): after
 * each commit, the function and class components of the committed tree that performed work in it (fiber tags 0,
 * 1, 11, 14, 15; flag PerformedWork = 1). A subtree React skipped (its fibers are still the previous commit's)
 * is not visited. `window.__renders` is the running total and `window.__commits` the number of commits (each
 * a render React applied to the page): read them before and after an interaction. Unlike the
 * timings, the figure does not depend on the machine's load. Given as text: the bench runs under tsx, whose
 * function names helpers do not exist in the page.
 */
const SCRIPT = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  window.__renders = 0;
  window.__commits = 0;
  function count(fiber) {
    let total = 0;
    for (let node = fiber; node; node = node.sibling) {
      if (COMPONENT_TAGS.has(node.tag) && node.flags & 1) total += 1;
      if (!node.alternate || node.child !== node.alternate.child) total += count(node.child);
    }
    return total;
  }
  let next = 1;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    isDisabled: false,
    inject() { return next++; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      window.__commits += 1;
      window.__renders += count(root.current.child);
    },
  };
})();`;

export const installRenderCounter = async (page: Page): Promise<void> => {
  await page.addInitScript({ content: SCRIPT });
};
