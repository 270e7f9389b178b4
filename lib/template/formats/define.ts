import type { TFormatDefinition } from "../types";

/** Declares one format version; keeps the version a literal type, so the registry can derive `TFormatVersion`. */
export const defineFormat = <const V extends number>(
  definition: TFormatDefinition<V>,
): TFormatDefinition<V> => definition;
