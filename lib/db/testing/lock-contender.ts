// A starter racing for a data folder's lock, for data-dir-lock.test.ts. Arguments: the data folder, a
// file whose appearance starts the race, and how long the winner holds the lock (ms). Prints "ready",
// then "won" or "lost <message>".
import { existsSync } from "node:fs";

import { lockDataDir } from "../data-dir-lock";

const [dataDir = "", goFile = "", holdMs = "0"] = process.argv.slice(2);
const pause = new Int32Array(new SharedArrayBuffer(4));

console.log("ready");
while (!existsSync(goFile)) Atomics.wait(pause, 0, 0, 1);
try {
  const release = lockDataDir(dataDir);
  console.log("won");
  setTimeout(() => {
    release();
    process.exit(0);
  }, Number(holdMs));
} catch (error) {
  console.log(`lost ${error instanceof Error ? error.message : String(error)}`);
  process.exit(0);
}
