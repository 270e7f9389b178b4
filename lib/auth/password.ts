import bcrypt from "bcryptjs";

/** Password hashing with bcrypt (bcryptjs: pure JavaScript, installs offline). */

const COST = Number(process.env.BCRYPT_COST ?? 12);

export const MIN_PASSWORD_LENGTH = 8;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, COST);

export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);

/** A hash to compare against when the user does not exist, so both paths take the same time. */
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5jQ1eX2mZBc0Hh8Oq3z6sZt3QJ0kPaK";

/** Why a new password is refused, or null when it is acceptable. */
export const passwordProblem = (password: string, username: string): string | null => {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.toLowerCase() === username.toLowerCase()) return "密码不能与用户名相同";
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return "密码应同时包含字母和数字";
  return null;
};
