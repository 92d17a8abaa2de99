import type { MessageKey, MessageParams } from '../../../app/i18n';
import { formatNumberIn } from '../../../app/i18n/format-value';

/** A programme report's state as the API gives it (ReportState). */
export type ReportState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** What the progress of a report is told from. */
export interface ReportProgress {
  state: ReportState;
  /** 0..1 */
  progress: number;
  /** gathering | offices | rendering while RUNNING. */
  step?: string | null;
}

/** The report is still being made: the page keeps asking. */
export const inProgress = ({ state }: Pick<ReportProgress, 'state'>) => state === 'QUEUED' || state === 'RUNNING';

/** The progress as a whole percentage, 0..100 (the progress bar's value). */
export function progressPercent(progress: number): number {
  if (!Number.isFinite(progress)) return 0;
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}

/**
 * The words for where the report is, as the live region announces them: the step, and on the offices'
 * pages the percentage in whole tens, so that a screen reader hears a change every tenth, not every poll
 * (the bar itself carries the exact value).
 */
export function progressMessage({ state, progress, step }: ReportProgress): { key: MessageKey; params?: MessageParams } {
  if (state === 'QUEUED') return { key: 'reports.progress.queued' };
  if (state === 'DONE') return { key: 'reports.progress.done' };
  if (state === 'FAILED') return { key: 'reports.progress.failed' };
  if (step === 'offices') return { key: 'reports.progress.offices', params: { percent: Math.floor(progressPercent(progress) / 10) * 10 } };
  if (step === 'rendering') return { key: 'reports.progress.rendering' };
  return { key: 'reports.progress.gathering' };
}

/** A file's size for reading: "640 kB", "1,2 MB" (decimal units, one decimal from a megabyte on). */
export function formatFileSize(language: string, bytes: number): string {
  if (bytes >= 1_000_000) return `${formatNumberIn(language, Math.round(bytes / 100_000) / 10)} MB`;
  return `${formatNumberIn(language, Math.max(1, Math.round(bytes / 1000)), 'integer')} kB`;
}

/** A kept report's state in the list: its words and its tone (a report that is outdated or failed is marked). */
export function reportStatus(report: ReportProgress & { current: boolean }): {
  key: MessageKey;
  params?: MessageParams;
  tone: 'current' | 'outdated' | 'working' | 'failed';
} {
  switch (report.state) {
    case 'DONE':
      return report.current ? { key: 'reports.state.current', tone: 'current' } : { key: 'reports.state.outdated', tone: 'outdated' };
    case 'RUNNING':
      return { key: 'reports.state.RUNNING', params: { percent: progressPercent(report.progress) }, tone: 'working' };
    case 'QUEUED':
      return { key: 'reports.state.QUEUED', tone: 'working' };
    case 'FAILED':
      return { key: 'reports.state.FAILED', tone: 'failed' };
  }
}
