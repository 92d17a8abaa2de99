/**
 * What an import accepts; documented in the README ("Spreadsheet import") and docs/imports.md. The row
 * limit is the largest import benchmarked (docs/benchmarks.md): 100,000 values are read in about a
 * second but written in 20 s to 2.5 min, with the API process peaking near 1 GB.
 */
export interface ImportLimits {
  /** Bytes of the uploaded file (multipart part). */
  maxFileBytes: number;
  /** Data rows (not counting the header and blank rows). */
  maxRows: number;
  /** Entries in an XLSX (zip) archive. */
  maxZipEntries: number;
  /** Decompressed bytes of any one XLSX part that is read (the sheet, shared strings, ...). */
  maxPartBytes: number;
  /** Decompressed bytes of all the XLSX parts read together. */
  maxTotalBytes: number;
  /** Decompressed / compressed size of a part above `ratioFloorBytes`: beyond it the part is a zip bomb. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Characters of one cell. */
  maxCellChars: number;
  /** Errors listed in one answer (the total is always given). */
  maxErrorsListed: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxRows: 100_000,
  maxZipEntries: 1_000,
  maxPartBytes: 100 * 1024 * 1024,
  maxTotalBytes: 150 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxCellChars: 10_000,
  maxErrorsListed: 1_000,
};
