import { ConfigError, loadConfig } from "../../config/config";
import { BackupError } from "./format";
import { openBackupTarget, type BackupTarget } from "./target";

/** One of the commands db:backup and db:restore. */
export interface BackupCommand<A> {
  /** How it is called, said when the arguments do not parse (exit 2). */
  usage: string;
  /** The arguments, or undefined when they are wrong. */
  parse(argv: string[]): A | undefined;
  /** The work, on the configured database. */
  run(args: A, target: BackupTarget, log: (line: string) => void): Promise<void>;
  /** The first words of an unforeseen failure ("Backup failed"). */
  failure: string;
}

/**
 * Runs a backup command as a process: checks the arguments, opens the configured database (and
 * lets go of it after), and exits with 0, 1 (a refusal or failure, said in words: a BackupError or
 * configuration problem as it is, anything else after `failure`) or 2 (wrong arguments).
 */
export function runBackupCommand<A>(command: BackupCommand<A>): void {
  const main = async (): Promise<number> => {
    const args = command.parse(process.argv.slice(2));
    if (args === undefined) {
      console.error(command.usage);
      return 2;
    }
    const log = (line: string) => console.log(line);
    const target = await openBackupTarget(loadConfig(), log);
    // Interrupted (Ctrl-C, a timer's stop): a server started for the command is stopped, not left orphaned.
    for (const [signal, code] of [
      ["SIGINT", 130],
      ["SIGTERM", 143],
    ] as const) {
      process.once(signal, () => {
        console.error(`${signal}: stopping; the file or database is left as it was`);
        void target.close().finally(() => process.exit(code));
      });
    }
    try {
      await command.run(args, target, log);
      return 0;
    } finally {
      await target.close();
    }
  };
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known = error instanceof BackupError || error instanceof ConfigError;
      console.error(known ? (error as Error).message : `${command.failure}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
