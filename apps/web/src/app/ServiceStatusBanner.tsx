import { useContext, useSyncExternalStore } from 'react';
import { useT, type MessageKey, type MessageParams } from './i18n';
import { RetryStatusContext } from './retry-status-context';
import { waitMessage } from './wait-message';

/** "Usługa jest chwilowo niedostępna. Twoje wpisy są zachowane — ponowimy próbę za 5 s." */
export function retryBannerText(seconds: number, t: (key: MessageKey, params?: MessageParams) => string): string {
  const wait = waitMessage(seconds);
  return t('retry.banner', { wait: t(wait.key, wait.params) });
}

/**
 * One banner for the whole app while any request waits to be sent again because the service is away
 * for a moment (503) or the connection dropped: what the user typed is kept, and it says when the next
 * try comes. The live region is always in the page (empty when all is well), so that screen readers
 * announce the text when it appears; it stays in view at the bottom of the window while shown.
 */
export function ServiceStatusBanner() {
  const t = useT();
  const retryStatus = useContext(RetryStatusContext);
  const wait = useSyncExternalStore(retryStatus.subscribe, retryStatus.current, retryStatus.current);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={wait ? 'service-banner service-banner--shown' : 'service-banner'}>
      {wait && <p className="service-banner__text">{retryBannerText(wait.seconds, t)}</p>}
    </div>
  );
}
