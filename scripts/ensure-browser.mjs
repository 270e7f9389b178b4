// Before the browser journeys: make sure Debian's Chromium is there (Playwright never downloads one here).
// Installs it with apt when this runs as root on a Debian-like system, saying so; otherwise stops with the
// exact command to run. CHROMIUM_PATH points at another Chromium/Chrome.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(chromiumPath)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;

if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
  console.error(`找不到 Chromium 浏览器：${chromiumPath}。浏览器测试需要它。`);
  if (process.env.CHROMIUM_PATH) console.error("请检查环境变量 CHROMIUM_PATH 指向的文件。");
  else if (hasApt) console.error("请先运行：sudo apt-get install -y chromium，然后重新运行 npm test。");
  else console.error("请安装 Chromium 或 Chrome，并用环境变量 CHROMIUM_PATH 指向它，然后重新运行 npm test。");
  process.exit(1);
}

console.log("浏览器测试需要 Chromium，正在安装 Debian 软件包 chromium（apt-get install -y chromium）……");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
const run = (args) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
if (!run(["update", "-qq"]) || !run(["install", "-y", "-qq", "chromium"]) || !existsSync(chromiumPath)) {
  console.error("安装 Chromium 失败。请手动运行：apt-get update && apt-get install -y chromium");
  process.exit(1);
}
console.log(`已安装 Chromium：${chromiumPath}`);
