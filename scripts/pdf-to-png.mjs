// Renders one page of a PDF to PNG (pdfjs-dist + @napi-rs/canvas), to keep pictures of the reports in docs/screenshots.
// Usage: node scripts/pdf-to-png.mjs <in.pdf> <out.png> [page=1] [scale=1.5]
import { readFile, writeFile } from 'node:fs/promises';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const [input, output, pageArgument = '1', scaleArgument = '1.5'] = process.argv.slice(2);
if (!input || !output) {
  console.error('Usage: node scripts/pdf-to-png.mjs <in.pdf> <out.png> [page=1] [scale=1.5]');
  process.exit(2);
}
const pageNumber = Number(pageArgument);
const scale = Number(scaleArgument);
if (!Number.isInteger(pageNumber) || pageNumber < 1 || !(scale > 0)) {
  console.error('The page must be a whole number from 1 and the scale a positive number.');
  process.exit(2);
}

const pdf = await getDocument({ data: new Uint8Array(await readFile(input)), isEvalSupported: false, verbosity: 0 }).promise;
if (pageNumber > pdf.numPages) {
  console.error(`${input} has ${pdf.numPages} page(s), not ${pageNumber}.`);
  process.exit(2);
}
const page = await pdf.getPage(pageNumber);
const viewport = page.getViewport({ scale });
const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
const canvasContext = canvas.getContext('2d');
// A white sheet under the page (a PDF page is transparent where nothing is drawn).
canvasContext.fillStyle = '#ffffff';
canvasContext.fillRect(0, 0, canvas.width, canvas.height);
await page.render({ canvas, canvasContext, viewport }).promise;
await writeFile(output, await canvas.encode('png'));
console.log(`${output}: page ${pageNumber} of ${pdf.numPages}, ${canvas.width}×${canvas.height}`);
