export const MIN_PASSWORD_LENGTH = 10;

export type PasswordProblem = 'passwordMissing' | 'passwordTooShort' | 'repeatMissing' | 'repeatDifferent';

/** What is wrong with a new password and its repetition (empty when nothing is). */
export function passwordProblems(password: string, repeat: string): { password?: PasswordProblem; repeat?: PasswordProblem } {
  const problems: { password?: PasswordProblem; repeat?: PasswordProblem } = {};
  if (!password) problems.password = 'passwordMissing';
  // Counted in characters as the user sees them (code points), as the server is expected to.
  else if ([...password].length < MIN_PASSWORD_LENGTH) problems.password = 'passwordTooShort';
  if (!repeat) problems.repeat = 'repeatMissing';
  else if (repeat !== password) problems.repeat = 'repeatDifferent';
  return problems;
}

/** The token of a set-password link `…/set-password#token=<token>` (it travels in the fragment, never to a server). */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() ? token.trim() : null;
}
