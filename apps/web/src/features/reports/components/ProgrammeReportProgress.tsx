import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../../app/i18n';
import { PROGRAMME_REPORT_QUERY } from '../graphql/programme-report.query';
import type { ProgrammeReport } from '../graphql/programme-report.fragment';
import { inProgress, progressMessage, progressPercent } from '../utils/report-progress';

/** How often a report being made is asked for (Apollo's polling; the bar moves with each answer). */
const POLL_MS = 1000;

/**
 * The report being made: a progress bar and, in a polite live region, the step it is at ("Zbieranie
 * danych", "Strony urzędów: 40 %", "Składanie PDF"). The report is asked for every second until it is
 * done or has failed; then `onFinished` (the list of reports is asked for again) and the download link.
 */
export function ProgrammeReportProgress({
  report: first,
  onFinished,
  reveal = false,
}: {
  report: ProgrammeReport;
  onFinished: () => void;
  /** Scrolls it into view when it appears (it was just asked for: on a phone it would open below the screen). */
  reveal?: boolean;
}) {
  const t = useT();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (reveal) panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [reveal]);
  const { data, startPolling, stopPolling } = useQuery(PROGRAMME_REPORT_QUERY, { variables: { id: first.id } });
  const report = data?.programmeReport ?? first;
  const running = inProgress(report);
  useEffect(() => {
    if (!running) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  // Once, when a report the page watched being made has finished.
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) onFinished();
    wasRunning.current = running;
  }, [running, onFinished]);

  const percent = report.state === 'DONE' ? 100 : progressPercent(report.progress);
  const message = progressMessage(report);
  const stepText = t(message.key, message.params);
  const languageName = report.language === 'pl' || report.language === 'en' ? t(`reports.language.${report.language}`) : report.language;
  return (
    <section ref={panel} className="reports-progress" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('reports.programme.progressTitle', { period: report.period.label, language: languageName })}</h3>
      <progress
        max={100}
        value={percent}
        aria-label={t('reports.programme.progressLabel')}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={t('reports.programme.progressValue', { percent, step: stepText })}
      />
      <p role="status" className="reports-progress__step">
        {stepText}
      </p>
      {report.state === 'FAILED' && (
        <p className="field__error">{t('reports.programme.failedReason', { reason: report.failure ?? '–' })}</p>
      )}
      {report.state === 'DONE' && report.downloadUrl && (
        <p>
          <a className="button-link" href={report.downloadUrl} download>
            {t('reports.programme.downloadReady', { period: report.period.label })}
          </a>
        </p>
      )}
    </section>
  );
}
