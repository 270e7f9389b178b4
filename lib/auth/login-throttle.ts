import type { TThrottleKey } from "@/lib/db/login-throttle";

/**
 * Which login attempts are counted, and how many pass (docs/decisions.md D20). In one window of
 * LOGIN_WINDOW_MINUTES:
 * - one account from one address: PAIR_LIMIT attempts (a person mistyping, or one guesser);
 * - one account from all addresses: ACCOUNT_LIMIT, a higher ceiling against guessing from many addresses;
 * - one address for all accounts: ADDRESS_LIMIT, against one machine trying many accounts.
 * A refused attempt counts against none of them and a correct password gives its attempt back, so someone
 * who hammers another person's account from one address locks only that address out of that account.
 */
export const LOGIN_WINDOW_MINUTES = 15;
export const PAIR_LIMIT = 5;
export const ACCOUNT_LIMIT = 30;
export const ADDRESS_LIMIT = 50;

/** The key of an account: user names are compared without case, so `Admin` and `admin` share one count. */
const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;
const addressKey = (ip: string) => `ip:${ip}`;
const pairKey = (username: string, ip: string) => `pair:${username.trim().toLowerCase()}|${ip}`;

/** The throttle keys of one attempt, with their limits. `ip`: the client address (./client-address.ts). */
export const loginThrottleKeys = (username: string, ip: string): TThrottleKey[] => [
  { key: pairKey(username, ip), limit: PAIR_LIMIT },
  { key: accountKey(username), limit: ACCOUNT_LIMIT },
  { key: addressKey(ip), limit: ADDRESS_LIMIT },
];

/** After a correct password: the pair starts over, the account and the address get the attempt back. */
export const loginSuccessKeys = (username: string, ip: string) => ({
  forget: [pairKey(username, ip)],
  refund: [accountKey(username), addressKey(ip)],
});

/** The refusal a person reads, with the wait in whole minutes. */
export const throttledMessage = (retryAfterSeconds: number): string =>
  `登录尝试过于频繁，请 ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} 分钟后再试。`;
