import { useMutation } from '@apollo/client/react';
import { CAF_SUB_CRITERIA } from '@officebench/domain';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { CLOSE_CAF_CYCLE_MUTATION } from '../graphql/close-caf-cycle.mutation';
import type { CafCycle } from '../graphql/caf-cycle.query';
import { useRefusalText } from '../../../app/useErrorMessage';
import { isStaleVersion } from '../../../app/graphql-errors';

/** The coordinator closes the cycle once all 28 are agreed: it locks and hands the total in for approval. */
export function CloseCycle({ cycle, reload }: { cycle: CafCycle; reload: () => Promise<unknown> }) {
  const t = useT();
  const refusal = useRefusalText();
  const [close] = useMutation(CLOSE_CAF_CYCLE_MUTATION);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const agreed = cycle.consensus.filter(({ score }) => score != null).length;
  const total = CAF_SUB_CRITERIA.length;
  const onClose = async () => {
    try {
      await close({ variables: { cycleId: cycle.id, expectedVersion: cycle.version } });
    } catch (error) {
      // Someone else saved first: the page shows the cycle as it is now, and the user decides again.
      if (isStaleVersion(error)) await reload();
      setErrors([{ text: isStaleVersion(error) ? t('caf.cycle.stale') : refusal(error) }]);
    }
  };
  return (
    <div className="caf-step">
      <p>{t('caf.close.explain')}</p>
      <p>{t('caf.close.agreed', { agreed, total })}</p>
      <ErrorSummary errors={errors} />
      {agreed === total ? (
        <ConfirmButton
          label={t('caf.close.button')}
          accessibleLabel={t('caf.close.button')}
          question={t('caf.close.question')}
          confirmLabel={t('caf.close.confirm')}
          onConfirm={onClose}
        />
      ) : (
        <p className="field__hint">{t('caf.close.notYet')}</p>
      )}
    </div>
  );
}
