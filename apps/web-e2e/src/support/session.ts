import { readFileSync, watch } from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** The demo accounts' password (README, "Demo data and accounts"). */
export const DEMO_PASSWORD = 'officebench-demo';

export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.officebench.local',
  lead: 'lead@demo.officebench.local',
  /** Coordinator of office `n` of the demo programme, in programme order (1 = Dzierżoniów, 26 = Zator). */
  coordinator: (n: number) => `coordinator.${n}@demo.officebench.local`,
};

/** The path (with query) of the page's current URL. */
export function currentPath(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** Fills in and sends the log-in form of the page (which must show it), in Polish. */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Adres e-mail', { exact: true }).fill(email);
  await page.getByLabel('Hasło', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
}

/**
 * Opens `/` (the log-in page for a new context), logs in, and waits until the user's start page: signing
 * in returns to `/`, which then goes on to the role's page (a menu opened at `/` would close on the way).
 */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await submitLogin(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/');
}

const LOG_WAIT_MS = 10_000;

/**
 * The set-password link the server printed for `email` (the product without SMTP logs it, as
 * apps/api's LinkMailerService says), the latest one when there are several. The line is written
 * before the mutation answers; waiting for changes of the file only covers the pipe to it.
 */
export async function linkFromServerLog(email: string, purpose: 'INVITATION' | 'PASSWORD_RESET'): Promise<string> {
  const file = process.env.E2E_SERVER_LOG;
  if (!file) throw new Error('E2E_SERVER_LOG is not set: run the journeys through apps/web-e2e/jest.config.cjs.');
  const escaped = email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${purpose} link for ${escaped} .*?(https?://\\S+/set-password#token=\\S+)`, 'g');
  const find = () => [...readFileSync(file, 'utf8').matchAll(pattern)].at(-1)?.[1];
  return new Promise((resolve, reject) => {
    // Watch first, then look, so that a line written in between is not missed.
    const watcher = watch(file, () => check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`No ${purpose} link for ${email} in the server log (${file}) within ${LOG_WAIT_MS / 1000} s.`));
    }, LOG_WAIT_MS);
    function check() {
      const link = find();
      if (!link) return;
      clearTimeout(timer);
      watcher.close();
      resolve(link);
    }
    check();
  });
}
