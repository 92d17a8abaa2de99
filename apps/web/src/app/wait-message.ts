import type { MessageKey } from './i18n';

/** How long to wait, in words: seconds up to two minutes, then whole minutes (rounded up). */
export function waitMessage(seconds: number): { key: MessageKey; params: { count: number } } {
  return seconds < 120
    ? { key: 'error.wait.seconds', params: { count: Math.max(1, Math.ceil(seconds)) } }
    : { key: 'error.wait.minutes', params: { count: Math.ceil(seconds / 60) } };
}
