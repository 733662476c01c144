import "reflect-metadata";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { hashPassword } from "../auth/password";
import { Role } from "../common/enums";
import { loadConfig } from "../config/config";
import { openDatabase } from "../db/database";
import { runCommand } from "./run-command";

/** Reads a password from the terminal without echoing it. */
function promptPassword(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    output._writeToOutput = () => {};
  });
}

/** `npm run user:create -- --username NAME --role ROLE [--name "Display Name"]`. */
async function run(): Promise<number> {
  const { values } = parseArgs({ options: { username: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
  const username = values.username?.trim() ?? "";
  const role = values.role?.toUpperCase() ?? "";
  const problems: string[] = [];
  if (!/^[A-Za-z0-9._-]{2,60}$/.test(username)) problems.push("--username: 2–60 letters, digits, dots, dashes or underscores");
  if (!(Object.values(Role) as string[]).includes(role)) problems.push(`--role: one of ${Object.values(Role).join(", ")}`);
  if (problems.length > 0) {
    console.error(`Usage: npm run user:create -- --username NAME --role ROLE [--name "Display Name"]\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    return 2;
  }
  const password = process.env.NEW_USER_PASSWORD ?? (process.stdin.isTTY ? await promptPassword(`Password for ${username}: `) : "");
  if (password.length < 10) {
    console.error("The password must be at least 10 characters (set NEW_USER_PASSWORD or type it at the prompt).");
    return 2;
  }
  const db = await openDatabase(loadConfig());
  try {
    const rows: Array<{ id: number }> = await db.dataSource.query(
      `INSERT INTO app_user (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [username, values.name?.trim() || username, role, await hashPassword(password)],
    );
    if (rows.length === 0) {
      console.error(`A user named ${username} already exists.`);
      return 1;
    }
    await db.dataSource.query(`INSERT INTO audit_event (action, entity, entity_id, details) VALUES ('USER_CREATED', 'user', $1, $2)`, [
      String(rows[0].id),
      JSON.stringify({ username, role, via: "user:create" }),
    ]);
    console.log(`Created ${username} (${role}).`);
    return 0;
  } finally {
    await db.close();
  }
}

runCommand(run);
