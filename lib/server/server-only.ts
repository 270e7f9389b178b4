import { register } from "node:module";

/**
 * The `server-only` marker package throws unless it is resolved with the "react-server" export condition, as
 * Next's server bundles resolve it; the custom server (scripts/start.ts) is the server, and its save path
 * (./fast-save.ts) loads services that carry the marker. This resolve hook gives that one specifier the
 * condition in this process, so the marker stays where it guards the client bundle (the bundler, not node,
 * checks that) and every other package resolves as before (D68). Modules that import the marker must be
 * loaded after the call (a dynamic `import()`): static imports are resolved before any code runs.
 * Source: Node.js “Customization hooks” (`module.register`, `resolve(specifier, context, nextResolve)`).
 */
export const resolveServerOnlyAsServer = (): void => {
  const hook = `export const resolve = (specifier, context, next) =>
    next(specifier, specifier === "server-only"
      ? { ...context, conditions: [...context.conditions, "react-server"] }
      : context);`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
};
