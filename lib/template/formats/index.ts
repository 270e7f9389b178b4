import { createFormatRegistry } from "../registry";
import { GOV_2019 } from "./gov-2019";
import { GOV_2021 } from "./gov-2021";

/**
 * Every national format version the app knows, oldest first. A new format (国办公开办函 of some later year)
 * is one new module beside these, added to this list; the version type, the interchange schema, the version
 * for a year, the first supported year and the format labels all follow from it.
 */
export const FORMAT_DEFINITIONS = [GOV_2019, GOV_2021] as const;

/** A registered format version: `2019 | 2021`. */
export type TFormatVersion = (typeof FORMAT_DEFINITIONS)[number]["version"];

/** The app's format registry, built (and checked) once when the module loads. */
export const FORMATS = createFormatRegistry(FORMAT_DEFINITIONS);
