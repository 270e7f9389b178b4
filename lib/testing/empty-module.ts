// Stand-in for the `server-only` marker package in unit tests (it throws outside a React Server bundle).
export {};
