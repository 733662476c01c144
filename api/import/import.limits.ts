/** What one import may hold: limits checked before and while a file is read. */
export const IMPORT_LIMITS = {
  /** The most a file may weigh (a year of a busy export is a few MB; 100,000 rows about 20 MB). */
  maxFileBytes: 30 * 1024 * 1024,
  /** The most data rows one file may hold. */
  maxRows: 200_000,
  /** The most columns a row may have. */
  maxColumns: 100,
  /** The most characters one cell may hold. */
  maxCellChars: 10_000,
  /** What the parts of an xlsx may unpack to, together. */
  maxUnzippedBytes: 250 * 1024 * 1024,
  /** The most one part of an xlsx may grow when unpacked (ordinary sheets stay far below). */
  maxZipRatio: 200,
  /** The most parts an xlsx may hold. */
  maxZipEntries: 2_000,
  /** Minutes between two starts of the same kind at the same place that make them one activity. */
  duplicateMinutes: 5,
  /** Rows per INSERT when writing. */
  writeChunk: 5_000,
} as const;
