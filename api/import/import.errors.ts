import { AppError, ErrorCode } from "../common/errors";

/** Why a whole file is refused; sent as `extensions.reason` beside BAD_USER_INPUT (field `file`). */
export enum ImportFileProblem {
  EMPTY = "EMPTY",
  TOO_LARGE = "TOO_LARGE",
  NOT_TABULAR = "NOT_TABULAR",
  OLD_EXCEL = "OLD_EXCEL",
  ZIP_BOMB = "ZIP_BOMB",
  BROKEN = "BROKEN",
  NO_DATE_COLUMN = "NO_DATE_COLUMN",
  NO_KIND_COLUMN = "NO_KIND_COLUMN",
  NO_PLACE_COLUMN = "NO_PLACE_COLUMN",
  TOO_MANY_ROWS = "TOO_MANY_ROWS",
  NO_SUCH_SHEET = "NO_SUCH_SHEET",
}

/** A file that cannot be imported at all: one clear message, nothing written. */
export function fileError(reason: ImportFileProblem, message: string, details: Record<string, unknown> = {}): AppError {
  if (reason === ImportFileProblem.TOO_LARGE) return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, message, { field: "file", reason, ...details });
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field: "file", reason, ...details });
}
