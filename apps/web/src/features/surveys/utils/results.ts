import type { SurveyQuestionKind } from '../../../generated/graphql';

/** A closed round's result of one question, as the API answers it (numbers are null when suppressed). */
export interface QuestionResult {
  code: string;
  kind: SurveyQuestionKind;
  text: string;
  suppressed: boolean;
  answered: number | null;
  counts: readonly number[] | null;
  notApplicable: number | null;
  mean: number | null;
  satisfiedPct: number | null;
  texts: readonly string[] | null;
}

/** A rating question's row: its numbers, or only that it has too few answers (no count of any kind). */
export type RatingRow =
  | { code: string; text: string; suppressed: true }
  | {
      code: string;
      text: string;
      suppressed: false;
      answered: number;
      mean: number;
      satisfiedPct: number;
      counts: readonly number[];
      notApplicable: number;
    };

/** The rating (1-5) questions' rows in the questionnaire's order; a suppressed one carries no number at all. */
export function ratingRows(results: readonly QuestionResult[]): RatingRow[] {
  return results
    .filter(({ kind }) => kind === 'LIKERT')
    .map((result): RatingRow => {
      const { code, text } = result;
      if (result.suppressed || result.mean === null) return { code, text, suppressed: true };
      return {
        code,
        text,
        suppressed: false,
        answered: result.answered ?? 0,
        mean: result.mean,
        satisfiedPct: result.satisfiedPct ?? 0,
        counts: result.counts ?? [0, 0, 0, 0, 0],
        notApplicable: result.notApplicable ?? 0,
      };
    });
}

/** The means the chart draws: only the questions with results. */
export function meanBars(rows: readonly RatingRow[]): { label: string; value: number }[] {
  return rows.flatMap((row) => (row.suppressed ? [] : [{ label: row.text, value: row.mean }]));
}

/** The open questions with the answers shown (past the threshold), or suppressed. */
export function openAnswers(results: readonly QuestionResult[]): { code: string; text: string; answers: readonly string[] | null }[] {
  return results
    .filter(({ kind }) => kind === 'TEXT')
    .map(({ code, text, suppressed, texts }) => ({ code, text, answers: suppressed ? null : (texts ?? []) }));
}

/** Each rating question's own mean beside a peer group's released one (null where either is missing). */
export function peerMeans(
  rows: readonly RatingRow[],
  peer: readonly { code: string; mean: number }[],
): { code: string; text: string; own: number | null; peers: number | null }[] {
  const released = new Map(peer.map(({ code, mean }) => [code, mean]));
  return rows.map((row) => ({
    code: row.code,
    text: row.text,
    own: row.suppressed ? null : row.mean,
    peers: released.get(row.code) ?? null,
  }));
}
