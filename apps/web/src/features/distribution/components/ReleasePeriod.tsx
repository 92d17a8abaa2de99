import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../app/format-date';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Notice } from '../../../components/Notice';
import { Section } from '../../../components/Section';
import type { ReleasePreview } from '../graphql/release-preview.query';
import { useReleasePeriod, useReleasePreview } from '../hooks/useDistribution';
import { releaseRefusal, refusalOfPreview, type ReleaseRefusal } from '../utils/distribution';
import { ReleasePreviewSummary } from './ReleasePreviewSummary';
import { ReleaseRefusalNote } from './ReleaseRefusalNote';

interface ReleasePeriodProps {
  period: { id: string; label: string; releasedAt: string | null };
  indicatorName: (code: string) => string;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'preview'; preview: ReleasePreview }
  | { kind: 'publishing' }
  | { kind: 'released' }
  | { kind: 'refused'; refusal: ReleaseRefusal }
  | { kind: 'failed'; message: string };

/**
 * Whether the period's results are out, and the lead's "publish": first what offices would see (the
 * server's preview: cells shown and hidden, by reason), then a confirmation; a refused re-release says
 * why and what the lead can do, with the blocking cells folded away.
 */
export function ReleasePeriod({ period, indicatorName }: ReleasePeriodProps) {
  const { t, language } = useI18n();
  const errorMessage = useErrorMessage();
  const [release] = useReleasePeriod();
  const [loadPreview] = useReleasePreview();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const previewRef = useRef<HTMLDivElement>(null);
  const busy = step.kind === 'checking' || step.kind === 'publishing';

  useEffect(() => {
    if (step.kind === 'preview') previewRef.current?.focus();
  }, [step.kind]);

  async function check() {
    setStep({ kind: 'checking' });
    const { data, error } = await loadPreview({ variables: { periodId: period.id } });
    if (!data) setStep({ kind: 'failed', message: errorMessage(error) });
    else if (data.releasePreview.refused) setStep({ kind: 'refused', refusal: refusalOfPreview(data.releasePreview) });
    else setStep({ kind: 'preview', preview: data.releasePreview });
  }

  async function publish() {
    setStep({ kind: 'publishing' });
    try {
      await release({ variables: { periodId: period.id } });
      setStep({ kind: 'released' });
    } catch (error) {
      const refusal = releaseRefusal(error);
      setStep(refusal ? { kind: 'refused', refusal } : { kind: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <Section title={t('release.title')}>
      <div className="release">
        <p>
          {period.releasedAt
            ? t('release.released', { period: period.label, date: formatDateTime(period.releasedAt, language) })
            : t('release.notReleased', { period: period.label })}
        </p>
        {step.kind !== 'preview' && (
          <button
            type="button"
            className="secondary small"
            aria-label={t('release.accessible', { period: period.label })}
            disabled={busy}
            onClick={() => void check()}
          >
            {t('release.button')}
          </button>
        )}
        {busy && (
          <div role="status" className="release__progress">
            <p>{step.kind === 'checking' ? t('release.checking') : t('release.publishing', { period: period.label })}</p>
            <progress aria-label={t('release.progress')} />
          </div>
        )}
        {step.kind === 'preview' && (
          <div ref={previewRef} tabIndex={-1} className="release__preview" aria-labelledby="release-preview-title">
            <h3 id="release-preview-title">{t('release.previewTitle', { period: period.label })}</h3>
            <ReleasePreviewSummary preview={step.preview} />
            {step.preview.due ? (
              <span role="group" aria-label={t('release.accessible', { period: period.label })} className="confirm">
                <span className="confirm__question">{t('release.question', { period: period.label })}</span>
                <button type="button" className="danger small" onClick={() => void publish()}>
                  {t('release.confirm')}
                </button>
                <button type="button" className="secondary small" onClick={() => setStep({ kind: 'idle' })}>
                  {t('confirm.cancel')}
                </button>
              </span>
            ) : (
              <>
                <p>{t('release.notDue')}</p>
                <button type="button" className="secondary small" onClick={() => setStep({ kind: 'idle' })}>
                  {t('release.close')}
                </button>
              </>
            )}
          </div>
        )}
        {step.kind === 'released' && <Notice takeFocus>{t('release.done', { period: period.label })}</Notice>}
        {step.kind === 'refused' && <ReleaseRefusalNote refusal={step.refusal} indicatorName={indicatorName} />}
        {step.kind === 'failed' && (
          <div role="alert" className="state state--error">
            <p>{step.message}</p>
          </div>
        )}
      </div>
    </Section>
  );
}
