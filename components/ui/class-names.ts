/** The class attribute of a light component: the names given, empty ones (null, false, "") left out. */
export const classNames = (...names: (string | null | undefined | false)[]): string =>
  names.filter(Boolean).join(" ");
