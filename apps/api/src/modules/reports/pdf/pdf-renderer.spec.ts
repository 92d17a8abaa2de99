import { pdfInfo, pdfPages } from '../../../../test/support/pdf';
import {
  closePdfRenderer,
  type PdfDocument,
  PdfRenderError,
  PdfRenderer,
  PdfWorkerPool,
  renderPdf,
  renderPdfInBackground,
} from './pdf-renderer';

const POLISH = 'Zażółć gęślą jaźń – ŁÓDŹ, Gdańsk, Kraków';

const twoPages = (title: string, language?: 'pl' | 'en'): PdfDocument => ({
  info: { title },
  footerText: title,
  language,
  content: [{ text: POLISH, bold: true }, { text: 'Pierwsza strona', pageBreak: 'after' }, { text: `Druga strona ${title}` }],
});

afterAll(() => closePdfRenderer());

describe('renderPdf', () => {
  it('renders Polish letters as text, with a footer counting the pages', async () => {
    const pages = await pdfPages(await renderPdf(twoPages('Raport próbny')));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain(POLISH);
    expect(pages[0]).toContain('Raport próbny · strona 1 z 2');
    expect(pages[1]).toContain('Druga strona Raport próbny');
    expect(pages[1]).toContain('Raport próbny · strona 2 z 2');
  });

  it('counts pages in English when told', async () => {
    const pages = await pdfPages(await renderPdf(twoPages('Trial report', 'en')));
    expect(pages[1]).toContain('Trial report · page 2 of 2');
  });

  it('writes the document information: title, author and A4 pages', async () => {
    const info = await pdfInfo(await renderPdf(twoPages('Informacje')));
    expect(info.title).toBe('Informacje');
    expect(info.author).toBe('OfficeBench');
    expect(info.creationDate).toMatch(/^D:\d{14}/);
    expect(info.pageCount).toBe(2);
    // A4 in points.
    expect(info.pageSize.map(Math.round)).toEqual([595, 842]);
  });

  it('renders a document asked for in a request while a long one is laid out in the background, not after it', async () => {
    const long: PdfDocument = {
      content: Array.from({ length: 400 }, (_, i) => ({ text: `${POLISH} ${i}`, pageBreak: i > 0 ? ('before' as const) : undefined })),
    };
    const finished: string[] = [];
    const background = renderPdfInBackground(long).then((pdf) => {
      finished.push('background');
      return pdf;
    });
    const request = renderPdf(twoPages('W trakcie')).then((pdf) => {
      finished.push('request');
      return pdf;
    });
    const [longPdf, shortPdf] = await Promise.all([background, request]);
    expect(finished).toEqual(['request', 'background']);
    expect((await pdfInfo(longPdf)).pageCount).toBe(400);
    expect((await pdfInfo(shortPdf)).pageCount).toBe(2);
  });

  it('reports its progress, ending at 1', async () => {
    const progress: number[] = [];
    await renderPdf(twoPages('Postęp'), (fraction) => progress.push(fraction));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('renders documents asked for at the same time, each with its own content', async () => {
    const [first, second] = await Promise.all([renderPdf(twoPages('Pierwszy urząd')), renderPdf(twoPages('Drugi urząd'))]);
    const [firstPages, secondPages] = await Promise.all([pdfPages(first), pdfPages(second)]);
    expect(firstPages[1]).toContain('Druga strona Pierwszy urząd');
    expect(firstPages.join('\n')).not.toContain('Drugi urząd');
    expect(secondPages[1]).toContain('Druga strona Drugi urząd');
    expect(secondPages.join('\n')).not.toContain('Pierwszy urząd');
  });

  it('refuses a document reading a local file or a URL, and renders the next one', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow(PdfRenderError);
    await expect(renderPdf({ content: [{ image: '/etc/passwd' }] })).rejects.toThrow(/denied|access/i);
    await expect(renderPdf({ content: [{ image: 'http://127.0.0.1:9/x.png' }] })).rejects.toThrow(/denied/i);
    const pages = await pdfPages(await renderPdf(twoPages('Po błędzie')));
    expect(pages[1]).toContain('Druga strona Po błędzie');
  });

  it('refuses a document that cannot cross to the worker, and renders the next one', async () => {
    const notData = { content: [{ text: 'x' }], footer: () => 'x' } as unknown as PdfDocument;
    await expect(renderPdf(notData)).rejects.toThrow(/could not be sent/);
    const pages = await pdfPages(await renderPdf(twoPages('Dalej')));
    expect(pages[0]).toContain(POLISH);
  });
});

describe('PdfRenderer', () => {
  it('starts a fresh worker after the worker stopped, and refuses documents once shut down mid-render', async () => {
    const renderer = new PdfRenderer();
    expect((await pdfPages(await renderer.render(twoPages('Przed')))).length).toBe(2);
    const pending = renderer.render(twoPages('W trakcie'));
    await renderer.onModuleDestroy();
    await expect(pending).rejects.toThrow(/shut down/);
    expect((await pdfPages(await renderer.render(twoPages('Po')))).join('\n')).toContain('Druga strona Po');
    await renderer.onModuleDestroy();
  });
});

describe('PdfWorkerPool', () => {
  it('refuses the document being rendered when its worker dies, and renders the next one on a fresh worker', async () => {
    const pool = new PdfWorkerPool();
    try {
      await pool.render(twoPages('Rozgrzewka'));
      const worker = (pool as unknown as { worker: { terminate(): Promise<number> } }).worker;
      const dying = pool.render(twoPages('Umiera'));
      const waiting = pool.render(twoPages('Czeka'));
      await worker.terminate();
      await expect(dying).rejects.toThrow(/PDF renderer stopped/);
      expect((await pdfPages(await waiting))[1]).toContain('Druga strona Czeka');
    } finally {
      await pool.close();
    }
  });
});
