import { execFile } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'pdf-text.mjs');

/**
 * The text of each page of a PDF, in reading order (lines top to bottom joined by "\n"), as pdfjs extracts it. pdfjs-dist is an ES module
 * and jest here is CommonJS, so pdf-text.mjs runs in a child process and reads the PDF from its standard input.
 */
export function pdfPages(pdf: Buffer | Uint8Array): Promise<string[]> {
  return runScript<string[]>(pdf, []);
}

/** A PDF's document information as pdfjs reads it (the creation date in PDF form, "D:20261204…"); the page size in points. */
export interface PdfInfo {
  title: string | null;
  author: string | null;
  creationDate: string | null;
  pageCount: number;
  pageSize: [number, number];
}

export function pdfInfo(pdf: Buffer | Uint8Array): Promise<PdfInfo> {
  return runScript<PdfInfo>(pdf, ['--info']);
}

function runScript<T>(pdf: Buffer | Uint8Array, options: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [SCRIPT, ...options], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`pdf-text.mjs failed: ${error.message}\n${stderr}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout) as T);
      } catch (parseError) {
        reject(new Error(`pdf-text.mjs printed no JSON: ${(parseError as Error).message}\n${stderr}`));
      }
    });
    child.stdin?.end(Buffer.from(pdf));
  });
}
