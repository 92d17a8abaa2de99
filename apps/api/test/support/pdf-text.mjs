// Prints the text of a PDF as JSON: an array with one string per page, the page's text in reading order (lines top to bottom, the
// pieces of a line left to right, a space where there is a gap between them, lines joined by "\n").
// Usage: node pdf-text.mjs [--info] [file.pdf]   (the PDF on standard input when no file is given)
// With --info it prints the document information instead: { title, author, creationDate, pageCount, pageSize: [width, height] }.
// ES module only (pdfjs-dist 5), so the API's jest tests (CommonJS) run it as a child process: see pdf.ts beside it.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function readInput(file) {
  if (file) return readFile(file);
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function pageText(items) {
  const lines = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str === '') continue;
    const [, , , , x, y] = item.transform;
    // Pieces whose baselines are within 2 points are on one line.
    let line = lines.find((candidate) => Math.abs(candidate.y - y) < 2);
    if (!line) lines.push((line = { y, pieces: [] }));
    line.pieces.push({ x, width: item.width, str: item.str });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines
    .map((line) => {
      line.pieces.sort((a, b) => a.x - b.x);
      let text = '';
      let end = null;
      for (const piece of line.pieces) {
        if (end !== null && piece.x - end > 1) text += ' ';
        text += piece.str;
        end = piece.x + piece.width;
      }
      return text.replace(/\s+/g, ' ').trim();
    })
    .join('\n');
}

const info = process.argv.includes('--info');
const file = process.argv.slice(2).find((argument) => argument !== '--info');
const data = new Uint8Array(await readInput(file));
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
if (info) {
  const { info: fields } = await pdf.getMetadata();
  const firstPage = await pdf.getPage(1);
  const [, , width, height] = firstPage.view;
  process.stdout.write(
    JSON.stringify({
      title: fields.Title ?? null,
      author: fields.Author ?? null,
      creationDate: fields.CreationDate ?? null,
      pageCount: pdf.numPages,
      pageSize: [width, height],
    }),
  );
  process.exit(0);
}
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  pages.push(pageText((await page.getTextContent()).items));
}
process.stdout.write(JSON.stringify(pages));
