import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium (see scripts/ensure-chromium.mjs); each `browser.newContext()` is a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Where global-setup.mjs started OfficeBench, without a trailing slash. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the journeys through apps/web-e2e/jest.config.cjs.');
  return url;
}

const workspaceRoot = join(__dirname, '../../../..');

/**
 * Saves a full-page screenshot to apps/web-e2e/screenshots/<name>.png (git-ignored). With
 * UPDATE_DOCS_SCREENSHOTS=1, one marked `forDocs` also replaces docs/screenshots/<name>.png, the
 * picture the README shows, so that an ordinary test run leaves the tree clean. `fullPage: false`
 * takes the window only, as the user sees it (where fixed and sticky parts of the page stay).
 */
export async function saveScreenshot(page: Page, name: string, { forDocs = false, fullPage = true } = {}): Promise<void> {
  const folders = ['apps/web-e2e/screenshots', ...(forDocs && process.env.UPDATE_DOCS_SCREENSHOTS ? ['docs/screenshots'] : [])];
  for (const folder of folders) {
    const file = join(workspaceRoot, folder, `${name}.png`);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage });
  }
}

/**
 * Registers the hooks of a spec whose tests each get a fresh context and page of one shared Chromium:
 * `onOpen` receives them (and the browser, for a second person) before each test; they are closed after it.
 */
export function openPagePerTest(
  viewport: { width: number; height: number },
  onOpen: (opened: { browser: Browser; context: BrowserContext; page: Page }) => void,
): void {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const shared = browser as Browser;
    context = await shared.newContext({ viewport });
    context.setDefaultTimeout(20_000);
    onOpen({ browser: shared, context, page: await context.newPage() });
  });
  afterEach(async () => {
    await context?.close();
  });
}
