import { useEffect, useRef } from 'react';
import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../app/format-date';
import { DataTable } from '../../../components/DataTable';
import type { FormLine } from '../graphql/submission-form.query';
import type { ConflictCurrent, ConflictDifference } from '../utils/conflict';
import type { DraftEntry } from '../utils/draft';

interface ConflictPanelProps {
  current: ConflictCurrent;
  differences: readonly ConflictDifference[];
  lines: readonly FormLine[];
  onResolve: (choice: 'mine' | 'saved') => void;
}

/**
 * Someone saved the submission after these entries were typed: both versions side by side, and the
 * choice of which to keep. It takes the focus, as the autosave waits for the answer.
 */
export function ConflictPanel({ current, differences, lines, onResolve }: ConflictPanelProps) {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const byCode = new Map(lines.map(({ indicator }) => [indicator.code, indicator]));

  const describe = (entry: DraftEntry, isRatio: boolean) => {
    const number = isRatio
      ? entry.numerator || entry.denominator
        ? `${entry.numerator || '?'} / ${entry.denominator || '?'}`
        : ''
      : entry.value;
    const parts = [number, entry.comment.trim() ? t('conflict.commentPrefix', { comment: entry.comment.trim() }) : ''].filter(Boolean);
    return parts.length ? parts.join('; ') : t('conflict.empty');
  };

  return (
    <div ref={ref} role="alert" tabIndex={-1} className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p>
        {current.updatedAt
          ? t('conflict.body', { date: formatDateTime(current.updatedAt, language), status: t(`submissionStatus.${current.status}`) })
          : t('conflict.bodyUndated', { status: t(`submissionStatus.${current.status}`) })}
      </p>
      <DataTable
        caption={t('conflict.title')}
        columns={[t('conflict.indicator'), t('conflict.mine'), t('conflict.saved')]}
        rows={differences.map(({ indicatorCode, mine, saved }) => {
          const indicator = byCode.get(indicatorCode);
          const isRatio = indicator?.isRatio ?? false;
          const name = indicator ? (language === 'pl' ? indicator.name : indicator.nameEn) : indicatorCode;
          return { key: indicatorCode, cells: [name, describe(mine, isRatio), describe(saved, isRatio)] };
        })}
      />
      <div className="form__actions">
        <button type="button" onClick={() => onResolve('mine')}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="secondary" onClick={() => onResolve('saved')}>
          {t('conflict.takeSaved')}
        </button>
      </div>
    </div>
  );
}
