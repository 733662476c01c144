/** The steps of an import, in order, as progress reports them. */
export type ImportPhase = "read" | "check" | "write";

/** How far an import has come: rows done of a step, and of how many (null while a file is still being read). */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number | null;
}

/** Receives progress now and then (at most once per `PROGRESS_ROWS` rows of a step, and once at its end). */
export type ImportProgressListener = (progress: ImportProgress) => void;

/** Rows between two progress reports, and between two yields to the event loop while rows are checked. */
export const PROGRESS_ROWS = 5_000;

/** Lets the event loop run (a streamed answer goes out, other requests are served) between slices of work. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
