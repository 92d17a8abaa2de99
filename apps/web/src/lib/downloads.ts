import { buildCsv, fileNameFrom } from '@officebench/domain';

/** Saves `blob` as `fileName` through a temporary object URL and an `<a download>`, then lets the URL go. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A cell's visible text: what is visually hidden (words for screen readers only) left out, whitespace collapsed. */
function visibleText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  copy.querySelectorAll('br').forEach((lineBreak) => lineBreak.replaceWith(' '));
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The header and body rows of a rendered data table as text, as the user sees them. The table is read
 * from the page (not from its data) because DataTableFrame's rows are React children that only the
 * rendering turns into text (statuses, formatted numbers, links). A column whose header is visually
 * hidden holds buttons or links whose labels say what they do (DataTableColumn.labelHidden): it is left
 * out, as it holds no data.
 */
export function tableText(table: HTMLTableElement): { header: string[]; rows: string[][] } {
  const headerCells = Array.from(table.tHead?.rows[0]?.cells ?? []);
  const kept = headerCells.map((cell) => visibleText(cell) !== '');
  const pick = (cells: HTMLCollectionOf<HTMLTableCellElement>) =>
    Array.from(cells)
      .filter((_, index) => kept[index] ?? true)
      .map(visibleText);
  return {
    header: headerCells.filter((_, index) => kept[index]).map(visibleText),
    rows: Array.from(table.tBodies).flatMap((body) => Array.from(body.rows, (row) => pick(row.cells))),
  };
}

/** Downloads the rendered table as `<title>.csv` (see libs/domain's csv.ts for the format). */
export function downloadTableCsv(table: HTMLTableElement, title: string): void {
  const { header, rows } = tableText(table);
  downloadBlob(new Blob([buildCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), fileNameFrom(title, 'csv'));
}

/** `text` in lines no wider than `width` in the context's font (a word wider than that keeps its own line). */
function wrapText(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && context.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  return line ? [...lines, line] : lines;
}

/** The chart's picture with its title above it (the page shows the title in the section's heading, outside the chart). */
function withTitle(chart: HTMLCanvasElement, title: string, ratio: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return chart;
  const padding = 16 * ratio;
  const lineHeight = 26 * ratio;
  const font = `600 ${18 * ratio}px ${getComputedStyle(document.documentElement).fontFamily}`;
  context.font = font;
  const lines = wrapText(context, title, chart.width - 2 * padding);
  canvas.width = chart.width;
  canvas.height = padding + lines.length * lineHeight + chart.height;
  // Resizing the canvas reset its context.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.font = font;
  context.fillStyle = '#1b1f24';
  context.textBaseline = 'top';
  lines.forEach((line, index) => context.fillText(line, padding, padding + index * lineHeight));
  context.drawImage(chart, 0, canvas.height - chart.height);
  return canvas;
}

const PIXEL_RATIO = 2;

/**
 * Downloads the picture of `node` (a chart with its legend) as `<title>.png`, on white, the title above
 * it, at twice its size on the page. html-to-image is loaded on the first download only, so that it
 * never weighs on a page's first load. It copies each element's computed style through the CSSOM
 * (`style.cssText`, which the Content-Security-Policy's `style-src 'self'` allows: it refuses style
 * attributes and elements parsed from markup in the page) into a detached copy, and draws it as a
 * `data:` SVG image, which `img-src 'self' data:` allows; the browser journey that downloads one fails
 * on any violation (apps/web-e2e/src/phone-and-downloads.e2e-spec.ts).
 */
export async function downloadNodePng(node: HTMLElement, title: string): Promise<void> {
  const { toCanvas } = await import('html-to-image');
  const chart = await toCanvas(node, { backgroundColor: '#ffffff', pixelRatio: PIXEL_RATIO, skipFonts: true });
  const picture = withTitle(chart, title, PIXEL_RATIO);
  const blob = await new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart could not be drawn as a picture.');
  downloadBlob(blob, fileNameFrom(title, 'png'));
}
