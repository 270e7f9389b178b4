// One app instance for the two-instances test (lib/db/two-instances.test.ts): a separate process with its
// own Prisma client and pool on DATABASE_URL, running the service layer the route handlers run. Run with
// `node --conditions=react-server --import tsx` (the services import "server-only"). Commands:
//   open                               migrate (as `npm start` does) and print the result
//   session <userId>                   create a session, print its token
//   whoami <token>                     print the user of a session
//   increment <reportId> <token> <n> <cellId>
//                                      n read-modify-write saves adding 1 to a cell, retrying conflicts as the
//                                      editor would; prints { acks, conflicts }
import { randomBytes } from "node:crypto";

import { getDatabase } from "../client";
import { createSessionRecord, findSessionUser } from "../users";
import { loadReportFor } from "../../services/report-access";
import { saveDraftFor } from "../../services/report-drafts";

const [command = "", ...args] = process.argv.slice(2);
const db = await getDatabase();

const user = async (token: string) => {
  const found = await findSessionUser(token);
  if (!found) throw new Error("unknown session");
  return found;
};

if (command === "open") {
  console.log(JSON.stringify(db.migrations));
} else if (command === "session") {
  const token = randomBytes(32).toString("base64url");
  await createSessionRecord(args[0] ?? "", token, new Date(Date.now() + 3600_000));
  console.log(JSON.stringify({ token }));
} else if (command === "whoami") {
  console.log(JSON.stringify({ username: (await user(args[0] ?? "")).username }));
} else if (command === "increment") {
  const [reportId = "", token = "", n = "0", cellId = ""] = args;
  const me = await user(token);
  let acks = 0;
  let conflicts = 0;
  while (acks < Number(n)) {
    const report = await loadReportFor(me, reportId, "edit");
    const current = report.document.cells[cellId];
    const document = {
      ...report.document,
      cells: { ...report.document.cells, [cellId]: Number(current ?? 0) + 1 },
    };
    const result = await saveDraftFor(me, reportId, { baseVersion: report.version, document });
    if (result.ok) acks += 1;
    else conflicts += 1;
  }
  console.log(JSON.stringify({ acks, conflicts }));
}
await db.close();
