import { signInAs, startApp } from "./app-server";

/**
 * A save's latency while anonymous logins run (issue 14 item 5: with bcrypt on the event loop, 10 logins at
 * once took a save from 20 ms to 4.4 s). The login requests replay the login page's own server-action POST
 * with a wrong password for made-up user names, each from its own forwarded address (TRUST_PROXY=1), so
 * every one of them reaches the password check instead of the throttle.
 */

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;

export const benchLoginLoad = async (): Promise<string[]> => {
  const app = await startApp(Number(process.env.BENCH_PORT ?? 3294), { TRUST_PROXY: "1" });
  try {
    const page = await app.browser.newPage();
    // The login action's request, as the browser sends it, to replay.
    await page.goto(`${app.baseURL}/login`);
    await page.getByLabel("用户名").fill("bench-nobody");
    await page.getByLabel("密码").fill("wrong-password1");
    const [loginRequest] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/login")),
      page.getByRole("button", { name: /登\s*录/ }).click(),
    ]);
    const loginHeaders = Object.fromEntries(
      Object.entries(await loginRequest.allHeaders()).filter(
        ([name]) => !["content-length", "host", "connection", "cookie"].includes(name),
      ),
    );
    const loginBody = loginRequest.postData() ?? "";

    await signInAs(page, app.baseURL, "weijian");
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await page.getByRole("link", { name: "打开" }).first().click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const reportUrl = `${app.baseURL}/api/reports/${page.url().split("/").pop()}`;
    const apiHeaders = { cookie, origin: app.baseURL, "content-type": "application/json" };
    const current = (await (await fetch(reportUrl, { headers: apiHeaders })).json()) as {
      version: number;
      document: unknown;
    };
    let version = current.version;
    const save = async (): Promise<number> => {
      const started = performance.now();
      const response = await fetch(reportUrl, {
        method: "PUT",
        headers: apiHeaders,
        body: JSON.stringify({ baseVersion: version, document: current.document }),
      });
      version = ((await response.json()) as { version: number }).version;
      return performance.now() - started;
    };

    let sequence = 0;
    const anonymousLogin = async (): Promise<number> => {
      sequence += 1;
      const started = performance.now();
      const response = await fetch(loginRequest.url(), {
        method: "POST",
        headers: {
          ...loginHeaders,
          "x-forwarded-for": `198.18.${Math.floor(sequence / 250)}.${sequence % 250}`,
        },
        body: loginBody.replace("bench-nobody", `bench-nobody-${sequence}`),
      });
      await response.text();
      return performance.now() - started;
    };

    for (let i = 0; i < 5; i++) await save(); // warm-up
    const quiet: number[] = [];
    for (let i = 0; i < 20; i++) quiet.push(await save());
    const lines = [
      "登录负载下的保存（Argon2id 在线程池中计算，匿名登录并发进行）",
      `  无登录时保存：中位数 ${ms(median(quiet))}`,
    ];
    for (const logins of [10, 30]) {
      const during: number[] = [];
      const health: number[] = [];
      let running = true;
      const probe = (async () => {
        while (running) {
          const started = performance.now();
          await (await fetch(`${app.baseURL}/api/health`)).text();
          health.push(performance.now() - started);
        }
      })();
      const loginTimes = Promise.all(Array.from({ length: logins }, anonymousLogin)).finally(() => {
        running = false;
      });
      while (running) during.push(await save());
      const times = await loginTimes;
      await probe;
      lines.push(
        `  ${logins} 个匿名登录同时进行时保存：中位数 ${ms(median(during))}，最长 ${ms(Math.max(...during))}（${during.length} 次保存；登录本身中位数 ${ms(median(times))}；健康检查中位数 ${ms(median(health))}，最长 ${ms(Math.max(...health))}）`,
      );
    }
    return lines;
  } finally {
    await app.stop();
  }
};
