import type { Page } from 'playwright-core';

/**
 * When the survey form on the page was issued (ms), read from its signed form token: `base64url(payload).signature`
 * with the payload `survey-form:v1:<round>:<issued at, ms>:<nonce>` (libs/domain formTokenPayload). The server
 * refuses a form sent sooner than 3 s after it, so a journey that answers faster than a person waits for it.
 */
export async function formIssuedAt(page: Page): Promise<number> {
  const token = await page.locator('input[name="formToken"]').inputValue();
  const issuedAt = Number(
    Buffer.from(token.split('.')[0] ?? '', 'base64url')
      .toString()
      .split(':')[3],
  );
  if (!(issuedAt > 0)) throw new Error(`The form token has no issue time: ${token}`);
  return issuedAt;
}
