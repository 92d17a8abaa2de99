const segment = encodeURIComponent;

export const PRACTICES_PATH = '/praktyki';
export const NEW_PRACTICE_PATH = '/praktyki/nowa';
export const MY_PRACTICES_PATH = '/moje-praktyki';

/** A practice's own page. */
export function practicePath(practiceId: string): string {
  return `${PRACTICES_PATH}/${segment(practiceId)}`;
}

/** The editor of an existing practice. */
export function practiceEditPath(practiceId: string): string {
  return `${PRACTICES_PATH}/${segment(practiceId)}/edycja`;
}
