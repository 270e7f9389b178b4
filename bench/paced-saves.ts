import http from "node:http";

/** One editor of the load run: its session cookie, its report and the version its next save is based on. */
export interface TPacedEditor {
  cookie: string;
  reportId: string;
  version: number;
}

export interface TPacedResult {
  editors: number;
  /** Milliseconds from sending a save to the end of its answer. */
  p50: number;
  p99: number;
  /** Answers other than 2xx, and requests that failed on the network. */
  errors: number;
  requests: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : Number.NaN;

/** One `PUT /api/reports/<id>` over the editor's own keep-alive connection; resolves with status and body. */
const put = (agent: http.Agent, url: URL, headers: Record<string, string>, body: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      url,
      { method: "PUT", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });

/**
 * Issue 17's "N editors each saving once a second": every editor saves its own report once a second, one save in
 * flight at a time (as the editor's autosave does), the next one a second after the previous one began — or as
 * soon as its answer arrives when that took longer. `staggered`: editor i starts at i/N of the first second, as
 * the autosaves of people typing independently arrive; otherwise all start at the same instant, so every second
 * brings all N saves in the same millisecond (a worst case, reported beside the other). Each editor has its own
 * keep-alive connection, like a browser tab. Saves after `seconds` are not started; those in flight finish.
 * `bodyOf(editor, n)` is the JSON body of the editor's n-th save (a real change each time). Errors: a non-2xx answer
 * (a 409 is a fault of the run: every editor saves only its own report, from the version it last read).
 */
export const runPacedSaves = async (
  baseURL: string,
  editors: TPacedEditor[],
  options: { seconds: number; staggered: boolean; bodyOf(editor: TPacedEditor, n: number): string },
): Promise<TPacedResult> => {
  // Each editor first reads its report's version, as the editor page does when it opens: a save of an earlier run
  // whose answer that run never read (autocannon drops answers in flight when its time ends) left it stale.
  await Promise.all(
    editors.map(async (editor) => {
      const response = await fetch(new URL(`/api/reports/${editor.reportId}`, baseURL), {
        headers: { cookie: editor.cookie },
      });
      if (!response.ok) throw new Error(`读取年报版本失败：${response.status}`);
      editor.version = ((await response.json()) as { version: number }).version;
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  let requests = 0;
  const endAt = performance.now() + options.seconds * 1000;
  const editorLoop = async (editor: TPacedEditor, index: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const url = new URL(`/api/reports/${editor.reportId}`, baseURL);
    const headers = { cookie: editor.cookie, origin: baseURL, "content-type": "application/json" };
    let next = performance.now() + (options.staggered ? (index * 1000) / editors.length : 0);
    for (let n = 1; ; n += 1) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (performance.now() >= endAt) break;
      const started = performance.now();
      next = started + 1000;
      requests += 1;
      const answer = await put(agent, url, headers, options.bodyOf(editor, n)).catch(() => null);
      if (!answer) {
        errors += 1;
        continue;
      }
      latencies.push(performance.now() - started);
      if (answer.status < 200 || answer.status >= 300) errors += 1;
      try {
        const parsed = JSON.parse(answer.body) as { version?: number; conflict?: { version: number } };
        editor.version = parsed.version ?? parsed.conflict?.version ?? editor.version;
      } catch {
        // not JSON: already counted by its status
      }
    }
    agent.destroy();
  };
  await Promise.all(editors.map(editorLoop));
  const sorted = latencies.sort((a, b) => a - b);
  return {
    editors: editors.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors,
    requests,
  };
};
