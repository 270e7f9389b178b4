const MAX_LENGTH = 2048;
const MAX_DECODING_ROUNDS = 4;
const PROBE_ORIGIN = "http://next-path.invalid";

// C0 and C1 controls, DEL, every Unicode white space (incl. U+3000, NBSP), zero-width and bidi marks, backslash.
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\s\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\\]/u;

const isPlainPath = (value: string): boolean =>
  value.startsWith("/") && !value.startsWith("//") && !UNSAFE_CHARACTER.test(value);

/**
 * Where to send a person after signing in: the `next` parameter, only when it is a path on this site.
 *
 * Browsers resolve more than `//host` to another site: a backslash counts as a slash (`/\host`), tabs
 * and line breaks are dropped anywhere in a URL (`/<TAB>/host`), and whatever decodes the value again
 * may turn `%5C`, `%2F` or `%09` into those. So the value, and every percent-decoding of it, must start
 * with exactly one `/`, and none may hold a backslash, a control character or white space (no path of
 * this app does). Finally it must resolve to the same origin. Anything else gives `fallback`.
 *
 * @param raw the `next` value as received (already URL-decoded once by the query-string parser), any type
 * @param fallback the path to use when `raw` is absent or unsafe
 * @returns a path starting with a single `/`, normalised by the WHATWG URL parser (as browsers do)
 */
export const safeNextPath = (raw: unknown, fallback = "/"): string => {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  let form = raw;
  for (let round = 0; round < MAX_DECODING_ROUNDS; round += 1) {
    if (!isPlainPath(form)) return fallback;
    let decoded: string;
    try {
      decoded = decodeURIComponent(form);
    } catch {
      return fallback;
    }
    if (decoded === form) break;
    form = decoded;
  }
  if (!isPlainPath(form)) return fallback;
  const resolved = new URL(raw, PROBE_ORIGIN);
  if (resolved.origin !== PROBE_ORIGIN) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return isPlainPath(path) ? path : fallback;
};
