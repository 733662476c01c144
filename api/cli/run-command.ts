/**
 * Runs a command's main function and exits with the code it returns; an error it throws is printed
 * (its message only, no stack) and exits 1.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error((error as Error).message ?? error);
      process.exit(1);
    },
  );
}
