import { CAF_ACTION_STATUSES, type CafActionStatus } from '@officebench/domain';
import type { CafActionInput } from '../../../generated/graphql';

/** An improvement action as the form holds it. */
export interface ActionDraft {
  code: string;
  indicatorCode: string;
  title: string;
  owner: string;
  dueOn: string;
  status: CafActionStatus;
  result: string;
}

export type ActionField = keyof ActionDraft;
export type ActionProblem = 'required' | 'tooLong' | 'dateInvalid';

export const TITLE_MAX = 200;

export const EMPTY_ACTION: ActionDraft = { code: '', indicatorCode: '', title: '', owner: '', dueOn: '', status: 'PLANNED', result: '' };

export function isActionStatus(value: string): value is CafActionStatus {
  return (CAF_ACTION_STATUSES as readonly string[]).includes(value);
}

/** The form's draft of an existing action (for editing it). */
export function actionDraftOf(action: {
  code: string;
  indicatorCode?: string | null;
  title: string;
  owner: string;
  dueOn?: string | null;
  status: CafActionStatus;
  result: string;
}): ActionDraft {
  return {
    code: action.code,
    indicatorCode: action.indicatorCode ?? '',
    title: action.title,
    owner: action.owner,
    dueOn: action.dueOn ?? '',
    status: action.status,
    result: action.result,
  };
}

export type ActionValidation =
  { input: CafActionInput; problems?: undefined } | { input?: undefined; problems: Partial<Record<ActionField, ActionProblem>> };

/** Checks a draft and turns it into the mutation's input (a new action without id and version). */
export function validateAction(draft: ActionDraft, target: { cycleId: string; id?: string; expectedVersion?: number }): ActionValidation {
  const problems: Partial<Record<ActionField, ActionProblem>> = {};
  const title = draft.title.trim();
  if (!draft.code) problems.code = 'required';
  if (!title) problems.title = 'required';
  else if (title.length > TITLE_MAX) problems.title = 'tooLong';
  if (draft.dueOn && !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueOn)) problems.dueOn = 'dateInvalid';
  if (Object.keys(problems).length) return { problems };
  return {
    input: {
      cycleId: target.cycleId,
      ...(target.id ? { id: target.id, expectedVersion: target.expectedVersion } : {}),
      code: draft.code,
      indicatorCode: draft.indicatorCode || null,
      title,
      owner: draft.owner.trim(),
      dueOn: draft.dueOn || null,
      status: draft.status,
      result: draft.result.trim(),
    },
  };
}
