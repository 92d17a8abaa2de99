const segment = encodeURIComponent;

/** A good practice's own page. */
export function practicePath(practiceId: string): string {
  return `/praktyki/${segment(practiceId)}`;
}

/** The good practices search, filtered by one indicator. */
export function practiceSearchPath(indicatorCode: string): string {
  return `/praktyki?${new URLSearchParams({ indicator: indicatorCode }).toString()}`;
}
