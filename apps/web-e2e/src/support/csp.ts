import type { BrowserContext } from 'playwright-core';

/** The policy and the other headers every page and answer of OfficeBench carries (apps/api, issue 13). */
export const EXPECTED_CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const EXPECTED_HEADERS: Readonly<Record<string, string>> = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A Content-Security-Policy header as directive → sources, whatever its spacing and order. */
export function parseCsp(header: string | undefined): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}

export interface CspViolations {
  /** Every violation reported so far, in words. */
  readonly list: string[];
  /** Resolves with the next violation reported. */
  next(): Promise<string>;
}

/**
 * Collects the Content-Security-Policy violations of every page of `context`: the
 * `securitypolicyviolation` events (listened to by an init script, which runs before the page's own
 * scripts and in every document, reporting through a binding that outlives page loads) and Chromium's
 * console complaints ("Refused to load …", "Executing inline script violates … Content Security Policy").
 */
export async function collectCspViolations(context: BrowserContext): Promise<CspViolations> {
  const list: string[] = [];
  let waiting: Array<(text: string) => void> = [];
  const report = (text: string) => {
    list.push(text);
    for (const resolve of waiting) resolve(text);
    waiting = [];
  };
  await context.exposeBinding('officeBenchReportCspViolation', (_source, text: string) => report(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const send = (window as unknown as { officeBenchReportCspViolation: (text: string) => void }).officeBenchReportCspViolation;
      void send(
        `${event.effectiveDirective} refused ${event.blockedURI || 'an inline resource'} in ${event.sourceFile || event.documentURI}:${event.lineNumber} (${event.sample})`,
      );
    });
  });
  context.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) report(`console: ${message.text()}`);
  });
  return { list, next: () => new Promise((resolve) => waiting.push(resolve)) };
}
