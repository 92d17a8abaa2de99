import { useMutation } from '@apollo/client/react';
import { CAF_SUB_CRITERIA } from '@officebench/domain';
import { useRef, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import type { CafCycle, CafSpread } from '../graphql/caf-cycle.query';
import { SAVE_CAF_CONSENSUS_MUTATION } from '../graphql/save-caf-consensus.mutation';
import { useScoreDraft } from '../hooks/useScoreDraft';
import { isStaleVersion } from '../../../app/graphql-errors';
import { byCode, discussionCodes } from '../utils/cycle-view';
import { formatPoints } from '../utils/format';
import { EMPTY_ENTRY, scoreDraftKey, scoredCount, shownEntries } from '../utils/score-draft';
import { SaveStatus } from './SaveStatus';
import { ScoreFields } from './ScoreFields';

interface ConsensusFormProps {
  cycle: CafCycle;
  /** Asks the cycle again (after someone else saved first). */
  reload: () => Promise<unknown>;
}

/**
 * Consensus: per sub-criterion, widest disagreement first, everyone's scores and reasons, and the agreed
 * score and texts. Someone else saving first (CONFLICT) reloads the cycle and keeps the user's input.
 */
export function ConsensusForm({ cycle, reload }: ConsensusFormProps) {
  const { t, language } = useI18n();
  const [saveConsensus] = useMutation(SAVE_CAF_CONSENSUS_MUTATION);
  // The version the next save starts from: the latest answer's, or the page's after a reload.
  const version = useRef(cycle.version);
  version.current = Math.max(version.current, cycle.version);
  const { draft, change, save, state, unsaved } = useScoreDraft({
    storageKey: scoreDraftKey('consensus', cycle.id),
    saved: cycle.consensus,
    send: async (scores) => {
      try {
        const { data } = await saveConsensus({ variables: { cycleId: cycle.id, scores, expectedVersion: version.current } });
        if (data) version.current = data.saveCafConsensus.version;
        return data?.saveCafConsensus.consensus ?? [];
      } catch (error) {
        if (isStaleVersion(error)) await reload();
        throw error;
      }
    },
  });
  const codes = discussionCodes(cycle.spreads);
  const shown = shownEntries(codes, draft, cycle.consensus);
  const individual = byCode(cycle.individualScores);
  const spreads = new Map(cycle.spreads.map((spread) => [spread.code, spread]));
  const editable = cycle.mayAgree;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form noValidate onSubmit={submit} className="caf-scoring">
      <div className="caf-sticky-status">
        <p className="caf-progress">{t('caf.consensus.progress', { scored: scoredCount(shown), total: codes.length })}</p>
        {editable && <SaveStatus state={state} unsaved={unsaved} />}
      </div>
      {codes.map((code) => {
        const sub = CAF_SUB_CRITERIA.find((candidate) => candidate.code === code);
        if (!sub) return null;
        const scores = [...(individual.get(code) ?? [])].sort((a, b) => a.assessorName.localeCompare(b.assessorName, language));
        return (
          <section key={code} className="caf-sub" aria-labelledby={`caf-consensus-${code}`}>
            <h3 id={`caf-consensus-${code}`}>
              <span className="caf-code">{code}</span> {sub.name[language]}
            </h3>
            <SpreadLine spread={spreads.get(code)} />
            <DataTable
              caption={t('caf.consensus.individual', { code })}
              columns={[
                t('caf.consensus.assessor'),
                { label: t('caf.consensus.score'), numeric: true },
                t('caf.score.evidence'),
                t('caf.score.strengths'),
                t('caf.score.improvements'),
              ]}
              rowHeaderColumn={0}
              rows={scores.map((score) => ({
                key: score.assessorId,
                cells: [score.assessorName, score.score ?? '–', score.evidence, score.strengths, score.improvements],
              }))}
              downloadable={false}
            />
            {editable ? (
              <ScoreFields
                idPrefix="agreed"
                sub={sub}
                entry={shown[code] ?? EMPTY_ENTRY}
                onChange={(field, value) => change(code, field, value)}
                onLeave={() => void save()}
                scoreLabel={t('caf.consensus.agreed')}
              />
            ) : (
              <p>{t('caf.consensus.agreedValue', { score: shown[code]?.score || '–' })}</p>
            )}
          </section>
        );
      })}
      {editable && (
        <p>
          <button type="submit" disabled={state.kind === 'saving'}>
            {t('caf.consensus.save')}
          </button>
        </p>
      )}
    </form>
  );
}

function SpreadLine({ spread }: { spread: CafSpread | undefined }) {
  const { t, language } = useI18n();
  if (!spread || spread.lowest == null || spread.highest == null || spread.mean == null) return null;
  return (
    <p className={spread.wide ? 'caf-spread caf-spread--wide' : 'caf-spread'}>
      {t(spread.wide ? 'caf.consensus.spreadWide' : 'caf.consensus.spread', {
        lowest: spread.lowest,
        highest: spread.highest,
        range: spread.range ?? spread.highest - spread.lowest,
        mean: formatPoints(language, spread.mean),
      })}
    </p>
  );
}
