import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../app/format-date';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Notice } from '../../../components/Notice';
import { Section } from '../../../components/Section';
import { useReleasePeriod } from '../hooks/useDistribution';
import { releaseRefusal, type ReleaseRefusal } from '../utils/distribution';
import { ReleaseRefusalNote } from './ReleaseRefusalNote';

interface ReleasePeriodProps {
  period: { id: string; label: string; releasedAt: string | null };
  indicatorName: (code: string) => string;
}

type Outcome = { kind: 'released' } | { kind: 'refused'; refusal: ReleaseRefusal } | { kind: 'failed'; message: string };

/** Whether the period's results are out, and the lead's "publish" with a confirmation. */
export function ReleasePeriod({ period, indicatorName }: ReleasePeriodProps) {
  const { t, language } = useI18n();
  const errorMessage = useErrorMessage();
  const [release] = useReleasePeriod();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function confirm() {
    setOutcome(null);
    try {
      await release({ variables: { periodId: period.id } });
      setOutcome({ kind: 'released' });
    } catch (error) {
      const refusal = releaseRefusal(error);
      setOutcome(refusal ? { kind: 'refused', refusal } : { kind: 'failed', message: errorMessage(error) });
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
        <ConfirmButton
          label={t('release.button')}
          accessibleLabel={t('release.accessible', { period: period.label })}
          question={t('release.question', { period: period.label })}
          confirmLabel={t('release.confirm')}
          onConfirm={confirm}
        />
        {outcome?.kind === 'released' && <Notice>{t('release.done', { period: period.label })}</Notice>}
        {outcome?.kind === 'refused' && <ReleaseRefusalNote refusal={outcome.refusal} indicatorName={indicatorName} />}
        {outcome?.kind === 'failed' && (
          <div role="alert" className="state state--error">
            <p>{outcome.message}</p>
          </div>
        )}
      </div>
    </Section>
  );
}
