/** The page's choices in its address: a reload or a shared link shows the same view. */
export const PARAMS = { period: 'period', group: 'group', indicator: 'indicator', view: 'view' } as const;

/** The views besides the overview and an indicator's detail. */
export type ComparisonView = 'all' | 'targets';

export function viewOf(value: string | null): ComparisonView | null {
  return value === 'all' || value === 'targets' ? value : null;
}

/**
 * `?…` with `changes` applied to `current` (null removes a choice). Choosing an indicator or a view
 * leaves the other, so one address shows one thing.
 */
export function searchWith(current: URLSearchParams, changes: Partial<Record<keyof typeof PARAMS, string | null>>): string {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** What the way back from a detail carries: the indicator whose link takes the focus again. */
export const backState = (indicatorCode: string) => ({ fromIndicator: indicatorCode });

export function fromIndicatorOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('fromIndicator' in state)) return null;
  const code = (state as { fromIndicator: unknown }).fromIndicator;
  return typeof code === 'string' ? code : null;
}
