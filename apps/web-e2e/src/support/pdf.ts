import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** The API tests' pdfjs script (an ES module, so it runs in a child process; jest here is CommonJS). */
const SCRIPT = join(__dirname, '../../../api/test/support/pdf-text.mjs');

/** The text of each page of a PDF, as pdfjs extracts it (lines joined by "\n"). Throws when pdfjs cannot read it. */
export function pdfPages(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [SCRIPT], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`pdf-text.mjs failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as string[]);
    });
    child.stdin?.end(pdf);
  });
}
