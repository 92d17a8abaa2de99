import {
  describeSurveyProblem,
  STANDARD_QUESTIONNAIRES,
  validateExtraQuestions,
  type ExtraQuestionInput,
  type Language,
} from '@officebench/domain';
import type { SurveyExtraQuestionInput, SurveyKind, SurveyQuestionKind } from '../../../generated/graphql';

/** An extra question as the lead edits it; `key` keeps React's rows apart while codes are typed. */
export interface ExtraDraft {
  key: string;
  code: string;
  kind: SurveyQuestionKind;
  textPl: string;
  textEn: string;
  /** '' for the questionnaire's own criterion (6 clients, 7 employees). */
  cafCriterion: string;
}

interface QuestionLike {
  code: string;
  kind: SurveyQuestionKind;
  standard: boolean;
  textPl: string;
  textEn: string;
  cafCriterion: number;
}

/** The programme's extras as drafts; a criterion equal to the questionnaire's own is left as the default. */
export function draftsFrom(kind: SurveyKind, questions: readonly QuestionLike[]): ExtraDraft[] {
  const own = kind === 'CLIENT' ? 6 : 7;
  return questions
    .filter(({ standard }) => !standard)
    .map(({ code, kind: questionKind, textPl, textEn, cafCriterion }) => ({
      key: code,
      code,
      kind: questionKind,
      textPl,
      textEn,
      cafCriterion: cafCriterion === own ? '' : String(cafCriterion),
    }));
}

/** A new, empty rating question at the end. */
export function addDraft(drafts: readonly ExtraDraft[], key: string): ExtraDraft[] {
  return [...drafts, { key, code: '', kind: 'LIKERT', textPl: '', textEn: '', cafCriterion: '' }];
}

export function removeDraft(drafts: readonly ExtraDraft[], index: number): ExtraDraft[] {
  return drafts.filter((_, at) => at !== index);
}

/** The draft moved one place up (-1) or down (+1); unchanged at either end. */
export function moveDraft(drafts: readonly ExtraDraft[], index: number, step: -1 | 1): ExtraDraft[] {
  const target = index + step;
  if (target < 0 || target >= drafts.length) return [...drafts];
  const moved = [...drafts];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

export function changeDraft(drafts: readonly ExtraDraft[], index: number, change: Partial<Omit<ExtraDraft, 'key'>>): ExtraDraft[] {
  return drafts.map((draft, at) => (at === index ? { ...draft, ...change } : draft));
}

/** The criterion typed, as a number (NaN when it is not one, for the check to refuse), or undefined for the default. */
function criterionOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}

/** The mutation's questions, in the order shown: trimmed texts, an uppercase code, no criterion for the default. */
export function extrasInput(drafts: readonly ExtraDraft[]): SurveyExtraQuestionInput[] {
  return drafts.map(({ code, kind, textPl, textEn, cafCriterion }) => {
    const criterion = criterionOf(cafCriterion);
    return {
      code: code.trim().toUpperCase(),
      kind,
      textPl: textPl.trim(),
      textEn: textEn.trim(),
      ...(criterion === undefined ? {} : { cafCriterion: criterion }),
    };
  });
}

/** What the API would refuse in these extras, as its sentences (the same rules from libs/domain). */
export function extrasProblems(kind: SurveyKind, drafts: readonly ExtraDraft[], language: Language): string[] {
  const extras: ExtraQuestionInput[] = extrasInput(drafts).map(({ code, kind: questionKind, textPl, textEn, cafCriterion }) => ({
    code,
    kind: questionKind,
    text: { pl: textPl, en: textEn },
    ...(cafCriterion == null ? {} : { cafCriterion }),
  }));
  return validateExtraQuestions(STANDARD_QUESTIONNAIRES[kind], extras).map((problem) => describeSurveyProblem(problem, language));
}
