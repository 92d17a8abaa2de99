import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * A report as pdfmake reads it, kept JSON-serialisable (it crosses to a worker thread, where functions cannot go), plus the text of the
 * footer: the worker adds "<footerText> · strona X z Y" (or "page X of Y") to every page.
 */
export type PdfDocument = Omit<TDocumentDefinitions, 'footer' | 'header' | 'background' | 'pageBreakBefore'> & {
  footerText?: string;
  /** The footer's page counter in this language; Polish unless told. */
  language?: 'pl' | 'en';
};

/** A report the renderer could not make: pdfmake refused the document, or the worker thread died. */
export class PdfRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfRenderError';
  }
}

const PDFMAKE = require.resolve('pdfmake');
const FONT_FOLDER = join(dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');

/**
 * The worker's code, run with `eval: true` so that it needs no file of its own (the same from src under jest and from dist). It takes
 * one document at a time ({ id, doc }), answers { id, progress } while pdfmake lays out pages and then { id, pdf } or { id, error }.
 * Fonts are the Roboto files shipped with pdfmake (Polish letters included); no URL is fetched and no local file is read but the fonts.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');
const pdfmake = require(workerData.pdfmake);
const fonts = workerData.fonts;
const font = (file) => path.join(fonts, file);
pdfmake.setFonts({
  Roboto: {
    normal: font('Roboto-Regular.ttf'),
    bold: font('Roboto-Medium.ttf'),
    italics: font('Roboto-Italic.ttf'),
    bolditalics: font('Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => {
  const resolved = path.resolve(String(file));
  return resolved.startsWith(fonts + path.sep);
});
let current = null;
pdfmake.setProgressCallback((fraction) => {
  if (current !== null) parentPort.postMessage({ id: current, progress: fraction });
});
const pageWord = { pl: ['strona', 'z'], en: ['page', 'of'] };
parentPort.on('message', async ({ id, doc }) => {
  current = id;
  try {
    const { footerText, language, ...definition } = doc;
    const words = pageWord[language] || pageWord.pl;
    definition.info = { ...(definition.info || {}) };
    definition.info.creationDate = definition.info.creationDate ? new Date(definition.info.creationDate) : new Date();
    definition.footer = (page, pages) => ({
      text: (footerText ? footerText + ' · ' : '') + words[0] + ' ' + page + ' ' + words[1] + ' ' + pages,
      style: 'pdfFooter',
      alignment: 'center',
      margin: [40, 12, 40, 0],
      fontSize: 8,
      color: '#555555',
    });
    const pdf = await pdfmake.createPdf(definition).getBuffer();
    parentPort.postMessage({ id, pdf }, [pdf.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  } finally {
    current = null;
  }
});
`;

interface Job {
  id: number;
  doc: PdfDocument;
  onProgress?: (fraction: number) => void;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

type WorkerAnswer = { id: number; progress: number } | { id: number; pdf: Uint8Array } | { id: number; error: string };

/** The document's defaults: A4, Roboto, the title and the author in the document information. */
function withDefaults(doc: PdfDocument): PdfDocument {
  return {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 56],
    ...doc,
    info: { author: 'OfficeBench', creator: 'OfficeBench', producer: 'OfficeBench', ...doc.info },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, ...doc.defaultStyle },
  };
}

/**
 * Renders documents on one worker thread, one after another, so that a long report never blocks the API's event loop. The worker starts
 * with the first document, is kept for the next ones (unref'd: it does not keep the process alive) and is replaced after a crash.
 */
export class PdfWorkerPool {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private nextId = 1;

  render(doc: PdfDocument, onProgress?: (fraction: number) => void): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, doc: withDefaults(doc), onProgress, resolve, reject });
      this.pump();
    });
  }

  /** Stops the worker; documents waiting or being rendered are refused. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    const pending = [...(this.running ? [this.running] : []), ...this.queue.splice(0)];
    this.running = null;
    for (const job of pending) job.reject(new PdfRenderError('The PDF renderer was shut down'));
    if (worker) await worker.terminate();
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift() as Job;
    this.running = job;
    let worker: Worker;
    try {
      worker = this.ensureWorker();
      worker.postMessage({ id: job.id, doc: job.doc });
    } catch (error) {
      this.running = null;
      job.reject(new PdfRenderError(`The report could not be sent to the PDF renderer: ${(error as Error).message}`));
      this.pump();
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { pdfmake: PDFMAKE, fonts: FONT_FOLDER } });
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => this.answer(answer));
    const failed = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const job = this.running;
      this.running = null;
      job?.reject(new PdfRenderError(`The PDF renderer stopped: ${reason}`));
      this.pump();
    };
    worker.on('error', (error) => failed(error.message));
    worker.on('exit', (code) => failed(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private answer(answer: WorkerAnswer): void {
    const job = this.running;
    if (!job || job.id !== answer.id) return;
    if ('progress' in answer) {
      job.onProgress?.(answer.progress);
      return;
    }
    this.running = null;
    if ('pdf' in answer) job.resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength));
    else job.reject(new PdfRenderError(`The PDF could not be made: ${answer.error}`));
    this.pump();
  }
}

const sharedPool = new PdfWorkerPool();
/**
 * A second worker for the background's long documents (a programme report of thousands of pages takes a minute to lay out), so that an
 * office report asked for meanwhile is not queued behind it.
 */
const backgroundPool = new PdfWorkerPool();

/** Renders a document on the process's shared PDF worker thread (documents asked for in a request). */
export function renderPdf(doc: PdfDocument, onProgress?: (fraction: number) => void): Promise<Buffer> {
  return sharedPool.render(doc, onProgress);
}

/** Renders a long document made in the background (a job) on its own worker thread. */
export function renderPdfInBackground(doc: PdfDocument, onProgress?: (fraction: number) => void): Promise<Buffer> {
  return backgroundPool.render(doc, onProgress);
}

/** Stops both workers (the application's shutdown, through PdfRenderer; scripts; tests). A later render starts a new one. */
export async function closePdfRenderer(): Promise<void> {
  await Promise.all([sharedPool.close(), backgroundPool.close()]);
}

/**
 * The renderer as a NestJS provider: the process's shared worker (the one renderPdf uses), stopped with the background's when the
 * application closes; a render after that starts a new one.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  render(doc: PdfDocument, onProgress?: (fraction: number) => void): Promise<Buffer> {
    return renderPdf(doc, onProgress);
  }

  async onModuleDestroy(): Promise<void> {
    await closePdfRenderer();
  }
}
