import { useMutation } from '@apollo/client/react';
import { CAF_SUB_CRITERIA } from '@officebench/domain';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import type { CafCycle } from '../graphql/caf-cycle.query';
import { SET_CAF_GROUP_MUTATION } from '../graphql/set-caf-group.mutation';
import { START_CAF_CONSENSUS_MUTATION } from '../graphql/start-caf-consensus.mutation';
import { useRefusalText } from '../../../app/useErrorMessage';
import { GroupChoice } from './GroupChoice';
import { isStaleVersion } from '../../../app/graphql-errors';
import { everyoneScored } from '../utils/cycle-view';

/** The group and how far each member has got (never their scores); the coordinator's next steps. */
export function GroupSection({ cycle, reload }: { cycle: CafCycle; reload: () => Promise<unknown> }) {
  const t = useT();
  return (
    <>
      <DataTable
        caption={t('caf.group.title')}
        columns={[t('caf.group.member'), { label: t('caf.group.scored'), numeric: true }]}
        rowHeaderColumn={0}
        rows={cycle.assessors.map((assessor) => ({
          key: assessor.userId,
          cells: [
            assessor.isMe ? t('caf.group.me', { name: assessor.displayName }) : assessor.displayName,
            t('caf.group.scoredOf', { scored: assessor.scored, total: CAF_SUB_CRITERIA.length }),
          ],
        }))}
        downloadable={false}
      />
      {!cycle.mayManage && everyoneScored(cycle.assessors) && <p>{t('caf.group.allScored')}</p>}
      {cycle.mayManage && cycle.state === 'SCORING' && (
        <>
          <StartConsensus cycle={cycle} reload={reload} />
          <GroupEditor cycle={cycle} reload={reload} />
        </>
      )}
    </>
  );
}

function StartConsensus({ cycle, reload }: { cycle: CafCycle; reload: () => Promise<unknown> }) {
  const t = useT();
  const refusal = useRefusalText();
  const [start, { loading }] = useMutation(START_CAF_CONSENSUS_MUTATION);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const ready = everyoneScored(cycle.assessors);
  const onStart = async () => {
    try {
      await start({ variables: { cycleId: cycle.id, expectedVersion: cycle.version } });
    } catch (error) {
      if (isStaleVersion(error)) await reload();
      setErrors([{ text: isStaleVersion(error) ? t('caf.cycle.stale') : refusal(error) }]);
    }
  };
  return (
    <div className="caf-step">
      <h3>{t('caf.consensus.startTitle')}</h3>
      <p id="caf-start-hint">{t(ready ? 'caf.consensus.ready' : 'caf.consensus.notReady')}</p>
      <ErrorSummary errors={errors} />
      <button type="button" aria-describedby="caf-start-hint" disabled={!ready || loading} onClick={() => void onStart()}>
        {loading ? t('caf.consensus.starting') : t('caf.consensus.start')}
      </button>
    </div>
  );
}

function GroupEditor({ cycle, reload }: { cycle: CafCycle; reload: () => Promise<unknown> }) {
  const t = useT();
  const refusal = useRefusalText();
  const [setGroup, { loading }] = useMutation(SET_CAF_GROUP_MUTATION);
  const [chosen, setChosen] = useState<string[]>(() => cycle.assessors.map(({ userId }) => userId));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!chosen.length) {
      setErrors([{ fieldId: 'caf-group-edit', text: t('caf.group.required') }]);
      return;
    }
    try {
      await setGroup({ variables: { cycleId: cycle.id, assessorIds: chosen, expectedVersion: cycle.version } });
      setErrors([]);
      setDone(true);
    } catch (error) {
      if (isStaleVersion(error)) await reload();
      setErrors([{ text: isStaleVersion(error) ? t('caf.cycle.stale') : refusal(error) }]);
    }
  };
  return (
    <details className="caf-step">
      <summary>{t('caf.group.change')}</summary>
      {done && <Notice>{t('caf.group.changed')}</Notice>}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)} className="form" aria-busy={loading}>
        <GroupChoice id="caf-group-edit" programmeId={cycle.programmeId} officeId={cycle.officeId} selected={chosen} onChange={setChosen} />
        <button type="submit" disabled={loading}>
          {t('caf.group.save')}
        </button>
      </form>
    </details>
  );
}
