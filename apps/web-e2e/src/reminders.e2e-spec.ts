import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { axeViolations } from './support/axe';
import { baseUrl, openPagePerTest, saveScreenshot } from './support/browser';
import { startOwnServer, type OwnServer } from './support/own-server';
import { DEMO_ACCOUNTS, logIn } from './support/session';

interface Received {
  to: string;
  text: string;
}

const CREATE_PERIOD = `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id label } }`;

/** Quoted-printable as nodemailer writes it: soft line breaks and =XX bytes of UTF-8. */
const decode = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

describe('e-mail reminders', () => {
  let context: BrowserContext;
  let page: Page;
  let server: OwnServer;
  let smtp: SMTPServer;
  const received: Received[] = [];
  const sharedUrl = process.env.E2E_BASE_URL;
  openPagePerTest({ width: 1366, height: 900 }, (opened) => ({ context, page } = opened));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, done) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text: decode(raw) });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    // Its own product with e-mail (the shared one prints set-password links for the other journeys);
    // no scheduled sweep, so that only the lead's reminder is sent.
    server = await startOwnServer({ SMTP_URL: `smtp://127.0.0.1:${port}`, REMINDER_SWEEP_MINUTES: '0' });
    process.env.E2E_BASE_URL = server.url;
  }, 120_000);

  afterAll(async () => {
    process.env.E2E_BASE_URL = sharedUrl;
    await server?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }, 60_000);

  it('lets the lead send a reminder from the completeness page, which the SMTP server receives and the coordinator sees', async () => {
    await logIn(page, DEMO_ACCOUNTS.lead);
    await page.waitForURL(/\/programmes\/[^/]+$/);
    const programmeId = new URL(page.url()).pathname.split('/')[2];

    // A quarter of its own, open and past its deadline, that no office has handed in.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const response = await context.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: CREATE_PERIOD,
        variables: {
          i: {
            programmeId,
            kind: 'QUARTER',
            label: '2001-Q1',
            startsOn: '2001-01-01',
            endsOn: '2001-03-31',
            opensAt: '2001-04-01T00:00:00Z',
            deadline: yesterday,
          },
        },
      },
    });
    const created = (await response.json()) as { data?: { createPeriod: { id: string } }; errors?: unknown };
    expect(created.errors).toBeUndefined();
    const periodId = created.data?.createPeriod.id as string;

    await page.goto(`${baseUrl()}/programmes/${programmeId}/completeness?period=${periodId}`);
    const reminders = page.getByRole('region', { name: 'Lista do przypomnień', exact: true });
    await reminders.getByRole('button', { name: 'Wyślij przypomnienie: 2001-Q1', exact: true }).click();
    const question = reminders.getByRole('group', { name: 'Wyślij przypomnienie: 2001-Q1', exact: true });
    expect(await question.textContent()).toContain(
      'Wysłać teraz przypomnienie e-mailem do koordynatorów 26 urzędów bez przesłanego sprawozdania za 2001-Q1?',
    );
    await question.getByRole('button', { name: 'Tak, wyślij', exact: true }).click();
    const status = reminders.getByRole('status').filter({ hasText: 'Wysłano przypomnienia do 26 urzędów.' });
    await status.waitFor();

    // The test's SMTP server has the e-mails, one to each office's coordinator.
    expect(received).toHaveLength(26);
    const mail = received.find(({ to }) => to === DEMO_ACCOUNTS.coordinator(1)) as Received;
    expect(mail.text).toContain('Urząd Miasta Dzierżoniów za okres 2001-Q1');
    expect(mail.text).toContain(`/programmes/${programmeId}/offices/`);
    expect(mail.text).toContain(`/periods/${periodId}`);

    // The late offices' table says when each was reminded.
    const table = reminders.getByRole('table', { name: 'Lista do przypomnień', exact: true });
    const lastColumn = await table.locator('tbody tr').first().locator('td').last().textContent();
    expect(lastColumn).toMatch(/\d{4}/);
    expect(await table.locator('tbody tr', { hasText: 'nie wysłano' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'completeness-reminders');

    // Sending again the same day skips everyone: at most one reminder a day.
    await reminders.getByRole('button', { name: 'Wyślij przypomnienie: 2001-Q1', exact: true }).click();
    await question.getByRole('button', { name: 'Tak, wyślij', exact: true }).click();
    await reminders.getByRole('status').filter({ hasText: 'Pominięto, bo przypomnienie już dziś wysłano: 26 urzędów' }).waitFor();
    expect(received).toHaveLength(26);

    // The coordinator sees on the office's page when it was reminded.
    const coordinatorContext = await context.browser()?.newContext({ viewport: { width: 1366, height: 900 } });
    const coordinatorPage = await (coordinatorContext as BrowserContext).newPage();
    try {
      await logIn(coordinatorPage, DEMO_ACCOUNTS.coordinator(1));
      await coordinatorPage.getByText(/Przypomnienie o sprawozdaniu za 2001-Q1 wysłano/).waitFor();
      expect(await axeViolations(coordinatorPage)).toEqual([]);
    } finally {
      await coordinatorContext?.close();
    }
  });
});
