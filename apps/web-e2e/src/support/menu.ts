import type { Locator, Page } from 'playwright-core';

/** The header's "Menu" button, shown on a narrow window only (Layout.tsx). */
export const menuButton = (page: Page): Locator => page.locator('header').getByRole('button', { name: /^(Menu|Zamknij menu|Close menu)$/ });

/**
 * The main navigation, unfolded first when the window is narrow enough for the header's menu to be
 * folded: journeys on a phone reach the header's links through it, as a user does.
 */
export async function mainNavigation(page: Page): Promise<Locator> {
  // Signed in, the header shows one of them, whatever the window's width (just after signing in, not yet).
  await page.locator('header .menu-toggle:visible, header nav:visible').first().waitFor();
  // The page has rendered its heading: the redirect after signing in is behind us, whose navigation
  // would close a menu opened before it (the address changes before React renders the new page).
  await page.locator('main h1').first().waitFor();
  const button = menuButton(page);
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') await button.click();
  return page.getByRole('navigation', { name: /^(Nawigacja główna|Main navigation)$/ });
}
