import type { Server } from "node:http";

/** How long a stopping server waits for requests in flight before cutting the rest (ms). */
export const DRAIN_CAP_MS = 15_000;

/**
 * Stops an HTTP server gracefully (SIGTERM/SIGINT of `npm start`):
 * 1. stops accepting connections (`server.close`), and closes idle keep-alive connections at once;
 * 2. lets every request in flight finish and its response be sent — a save the database committed is
 *    answered, so the editor does not raise a conflict against its own save on the next start;
 * 3. keeps closing connections as they go idle; after `capMs` the remaining ones are cut.
 * Resolves `{ drained: true }` when all connections ended, `{ drained: false }` when the cap cut some.
 * The caller closes the database afterwards.
 */
export const closeGracefully = (
  server: Server,
  capMs: number = DRAIN_CAP_MS,
): Promise<{ drained: boolean }> =>
  new Promise((resolve) => {
    let settled = false;
    const finish = (drained: boolean) => {
      if (settled) return;
      settled = true;
      clearInterval(sweeper);
      clearTimeout(cap);
      resolve({ drained });
    };
    server.close(() => finish(true));
    server.closeIdleConnections();
    // A keep-alive connection whose request just finished becomes idle: close it so `close` can complete.
    const sweeper = setInterval(() => server.closeIdleConnections(), 50);
    const cap = setTimeout(() => {
      server.closeAllConnections();
      finish(false);
    }, capMs);
  });
