import { useI18n } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { Section } from '../../../components/Section';
import type { FormSubmission } from '../graphql/submission-fields.fragment';
import type { FormLine } from '../graphql/submission-form.query';
import { groupByCriterion, groupTitle } from '../../../lib/group-lines';
import { formatNumber } from '../utils/numbers';
import { formatWithUnit } from '../../../lib/units';

/** The saved values, read-only, by CAF criterion: value, its parts, last period's value, comment and warnings. */
export function SubmissionValues({ lines, submission }: { lines: readonly FormLine[]; submission: FormSubmission | null }) {
  const { t, language } = useI18n();
  const savedByCode = new Map((submission?.values ?? []).map((value) => [value.indicator.code, value]));
  return (
    <>
      {groupByCriterion(lines).map(({ criterion, lines: grouped }) => {
        const title = groupTitle(criterion, t, language);
        return (
          <Section key={criterion ?? 'none'} title={title}>
            <DataTable
              caption={title}
              className="values-table"
              columns={[
                t('values.indicator'),
                { label: t('values.value'), numeric: true },
                { label: t('values.parts'), numeric: true },
                { label: t('values.previous'), numeric: true },
                t('values.comment'),
                t('values.warnings'),
              ]}
              rows={grouped.map(({ indicator, previousValue, previousPeriodLabel, mandatory }) => {
                const saved = savedByCode.get(indicator.code);
                const parts =
                  indicator.isRatio && saved?.numerator != null && saved.denominator != null
                    ? `${formatNumber(saved.numerator, language)} / ${formatNumber(saved.denominator, language)}`
                    : t('values.none');
                return {
                  key: indicator.code,
                  className: saved?.warnings.length ? 'values-table__warned' : undefined,
                  cells: [
                    <>
                      {language === 'pl' ? indicator.name : indicator.nameEn}
                      {mandatory && <span className="muted"> ({t('submission.mandatory')})</span>}
                    </>,
                    saved?.value != null ? (
                      formatWithUnit(saved.value, indicator.unit, t, language)
                    ) : (
                      <span className="muted">{t('values.notEntered')}</span>
                    ),
                    parts,
                    previousValue !== null
                      ? `${formatWithUnit(previousValue, indicator.unit, t, language)} (${previousPeriodLabel ?? ''})`
                      : t('values.none'),
                    saved?.comment?.trim() ? saved.comment : t('values.none'),
                    saved?.warnings.length ? (
                      <ul className="plain-list warning-text">
                        {saved.warnings.map((text) => (
                          <li key={text}>{text}</li>
                        ))}
                      </ul>
                    ) : (
                      t('values.none')
                    ),
                  ],
                };
              })}
            />
          </Section>
        );
      })}
    </>
  );
}
