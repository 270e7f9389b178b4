/**
 * For tests of browser clients: a `fetch` that records each call and answers with `status` and `body`
 * (JSON, or a string sent as it is).
 */
export const fakeFetch = (status: number, body: unknown) => {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
};
