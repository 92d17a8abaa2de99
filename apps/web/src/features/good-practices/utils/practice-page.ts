import { foldText } from '@officebench/domain';

export const PRACTICE_SECTIONS = ['problem', 'actions', 'results', 'resources'] as const;
export type PracticeSection = (typeof PRACTICE_SECTIONS)[number];

/** Headings of a description that name one of the practice's own sections (folded, in either language). */
const SECTION_HEADINGS: Record<PracticeSection, readonly string[]> = {
  problem: ['problem', 'the problem'],
  actions: ['co zrobiono', 'dzialania', 'what was done', 'actions'],
  results: ['rezultaty', 'wyniki', 'efekty', 'results'],
  resources: ['potrzebne zasoby', 'zasoby', 'resources'],
};

/** Text compared for sameness: folded, markup, punctuation and spacing ignored. */
const comparable = (text: string) =>
  foldText(text)
    .replace(/[*_`#>|~-]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface PracticeBodyParts {
  /** The description without what the page already shows (Markdown; '' when nothing is left). */
  rest: string;
  /** A section of the description headed like one of the practice's own sections shown, to go under it (Markdown). */
  underSection: Partial<Record<PracticeSection, string>>;
}

/**
 * A practice's description as its page shows it, without saying anything twice: a paragraph that
 * repeats the summary or a section is left out, and a part headed like a section the page already
 * shows ("## Co zrobiono" when "Co zrobiono" is filled in) goes under that section instead of making a
 * second one (left out if it only repeats it). Headings inside code blocks are not headings.
 */
export function practiceBodyParts(body: string, practice: { summary: string } & Record<PracticeSection, string>): PracticeBodyParts {
  const shown = PRACTICE_SECTIONS.filter((section) => practice[section].trim() !== '');
  const repeats = new Set([practice.summary, ...shown.map((section) => practice[section])].map(comparable).filter(Boolean));
  // The description's parts: before the first heading, then each heading with what follows it.
  const parts: Array<{ heading: string | null; lines: string[] }> = [{ heading: null, lines: [] }];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) parts.push({ heading: heading[1] ?? '', lines: [line] });
    else parts[parts.length - 1]?.lines.push(line);
  }
  const withoutRepeats = (text: string) =>
    text
      .split(/\n\s*\n/)
      .filter((paragraph) => !repeats.has(comparable(paragraph)))
      .join('\n\n')
      .trim();
  const underSection: Partial<Record<PracticeSection, string>> = {};
  const rest: string[] = [];
  for (const part of parts) {
    const section =
      part.heading === null ? undefined : shown.find((name) => SECTION_HEADINGS[name].includes(comparable(part.heading ?? '')));
    if (section) {
      const content = withoutRepeats(part.lines.slice(1).join('\n'));
      if (content) underSection[section] = [underSection[section], content].filter(Boolean).join('\n\n');
    } else {
      const content = withoutRepeats(part.lines.join('\n'));
      if (content) rest.push(content);
    }
  }
  return { rest: rest.join('\n\n'), underSection };
}

export type ContactPart = { text: string } | { email: string };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** A contact as text and the e-mail addresses in it, each to be a mailto: link. */
export function contactParts(contact: string): ContactPart[] {
  const parts: ContactPart[] = [];
  let cursor = 0;
  for (const match of contact.matchAll(EMAIL)) {
    const start = match.index ?? 0;
    if (start > cursor) parts.push({ text: contact.slice(cursor, start) });
    parts.push({ email: match[0] });
    cursor = start + match[0].length;
  }
  if (cursor < contact.length) parts.push({ text: contact.slice(cursor) });
  return parts;
}
