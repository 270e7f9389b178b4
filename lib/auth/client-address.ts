/**
 * The client's address, as scripts/start.ts's server writes it into CLIENT_ADDRESS_HEADER on every request
 * (replacing whatever the client sent): the socket's peer, or with TRUST_PROXY=1 the last hop of
 * X-Forwarded-For (the address the reverse proxy saw). "unknown" under `next dev`, which has no such server.
 */
export const CLIENT_ADDRESS_HEADER = "x-nbt-client-address";

/** The address for a request whose headers are `headers` (Node's IncomingMessage headers). */
export const clientAddressOf = (
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  trustProxy = process.env.TRUST_PROXY === "1",
): string => {
  const forwarded = headers["x-forwarded-for"];
  const hops = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const address = trustProxy && hops.length ? hops[hops.length - 1] : socketAddress;
  return (address ?? "unknown").replace(/^::ffff:/, "").slice(0, 64) || "unknown";
};
