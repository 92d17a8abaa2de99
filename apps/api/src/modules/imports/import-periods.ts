import { isEditableStatus, periodState, type PeriodState, type SubmissionStatus } from '@officebench/domain';
import { ImportFailure } from './import-failure';

/** One of the caller's offices in one period: its submission's status (null: nothing saved yet). */
export interface OfficeStanding {
  officeId: string;
  officeName: string;
  status: SubmissionStatus | null;
}

/** Whether values can be imported into a period now, and for which of the caller's offices. */
export interface Importability {
  state: PeriodState;
  /** The offices whose submission can take values now (open period, nothing saved, a draft or returned). */
  open: OfficeStanding[];
  /** The offices whose submission is handed in (submitted or approved): not to be changed now. */
  handedIn: Array<OfficeStanding & { status: SubmissionStatus }>;
  /** The period is open and at least one office can take values. */
  importable: boolean;
}

/**
 * The import's rule, the form's too: values go into a period that is open (opened and not locked), and
 * into a submission that is not handed in. A coordinator of several offices may import into a period
 * where some of them handed in: only the others take values.
 */
export function importability(
  period: { opensAt: Date; lockedAt: Date | null },
  offices: readonly OfficeStanding[],
  now: Date,
): Importability {
  const state = periodState(period, now);
  if (state !== 'OPEN') return { state, open: [], handedIn: [], importable: false };
  const open = offices.filter(({ status }) => isEditableStatus(status));
  const handedIn = offices.filter((office): office is OfficeStanding & { status: SubmissionStatus } => !isEditableStatus(office.status));
  return { state, open, handedIn, importable: open.length > 0 };
}

/** The refusal of an import (or a template) for a period none of the caller's offices can take values in; null when one can. */
export function notImportable(period: { label: string; opensAt: Date }, standing: Importability): ImportFailure | null {
  if (standing.state === 'LOCKED') return new ImportFailure(409, 'PERIOD_LOCKED', { period: period.label });
  if (standing.state === 'NOT_OPEN')
    return new ImportFailure(409, 'PERIOD_NOT_OPEN', { period: period.label, opensAt: period.opensAt.toISOString().slice(0, 10) });
  if (standing.importable) return null;
  return new ImportFailure(
    409,
    'SUBMISSION_NOT_EDITABLE',
    { period: period.label },
    [],
    standing.handedIn.map(({ officeName, status }) => ({ office: officeName, period: period.label, status })),
  );
}
