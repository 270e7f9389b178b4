/**
 * Password rules that the browser forms show too (lib/admin/schemas.ts); the full check, with the strength
 * estimate and its dictionaries, runs on the server only (./password.ts `passwordProblem`).
 */
export const MIN_PASSWORD_LENGTH = 8;
/** Longer input is refused before hashing (Argon2 itself has no practical limit; this bounds the work). */
export const MAX_PASSWORD_LENGTH = 200;

/** The rules as the password fields state them (./password.ts `passwordProblem` enforces them). */
export const PASSWORD_RULES_HINT = `至少 ${MIN_PASSWORD_LENGTH} 位，不能包含用户名；常见密码、键盘连续键、重复字符等容易猜到的密码不能使用。`;
