import { buildCsv, fileNameFrom } from '@officebench/domain';

/** A path of the answering page as a full address to hand out (the API answers paths only). */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

/** The single-use links as a CSV to print or mail from: a number and the full address on each row. */
export function invitationsCsv(header: readonly [string, string], links: readonly string[], origin: string): string {
  return buildCsv(
    header,
    links.map((link, index) => [index + 1, absoluteUrl(origin, link)]),
  );
}

/** The CSV's file name, from its title (e.g. "Linki do ankiety pracowników 2026"). */
export const invitationsFileName = (title: string): string => fileNameFrom(title, 'csv');

export const MIN_INVITATIONS = 1;
export const MAX_INVITATIONS = 500;

/** The count of links asked for, or why it cannot be made: a whole number from 1 to 500. */
export function parseInvitationCount(text: string): { count: number } | { problem: 'required' | 'range' } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'required' };
  const count = Number(trimmed);
  if (!Number.isInteger(count) || count < MIN_INVITATIONS || count > MAX_INVITATIONS) return { problem: 'range' };
  return { count };
}
