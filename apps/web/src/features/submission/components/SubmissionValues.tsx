import { useI18n } from '../../../app/i18n';
import { Section } from '../../../components/Section';
import type { FormSubmission } from '../graphql/submission-fields.fragment';
import type { FormLine } from '../graphql/submission-form.query';
import { criterionTitle, groupByCriterion } from '../../../lib/group-lines';
import { formatNumber } from '../utils/numbers';
import { formatWithUnit } from '../../../lib/units';

/** The saved values, read-only, by CAF criterion: value, its parts, last period's value, comment and warnings. */
export function SubmissionValues({ lines, submission }: { lines: readonly FormLine[]; submission: FormSubmission | null }) {
  const { t, language } = useI18n();
  const savedByCode = new Map((submission?.values ?? []).map((value) => [value.indicator.code, value]));
  return (
    <>
      {groupByCriterion(lines).map(({ criterion, lines: grouped }) => {
        const title =
          criterion === null
            ? t('submission.groupGeneral')
            : t('submission.criterion', { title: criterionTitle(criterion, language) ?? String(criterion) });
        return (
          <Section key={criterion ?? 'none'} title={title}>
            <table className="data-table values-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('values.indicator')}</th>
                  <th scope="col" className="numeric">
                    {t('values.value')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('values.parts')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('values.previous')}
                  </th>
                  <th scope="col">{t('values.comment')}</th>
                  <th scope="col">{t('values.warnings')}</th>
                </tr>
              </thead>
              <tbody>
                {grouped.map(({ indicator, previousValue, previousPeriodLabel, mandatory }) => {
                  const saved = savedByCode.get(indicator.code);
                  const parts =
                    indicator.isRatio && saved?.numerator != null && saved.denominator != null
                      ? `${formatNumber(saved.numerator, language)} / ${formatNumber(saved.denominator, language)}`
                      : t('values.none');
                  return (
                    <tr key={indicator.code} className={saved?.warnings.length ? 'values-table__warned' : undefined}>
                      <th scope="row">
                        {language === 'pl' ? indicator.name : indicator.nameEn}
                        {mandatory && <span className="muted"> ({t('submission.mandatory')})</span>}
                      </th>
                      <td className="numeric">
                        {saved?.value != null ? (
                          formatWithUnit(saved.value, indicator.unit, t, language)
                        ) : (
                          <span className="muted">{t('values.notEntered')}</span>
                        )}
                      </td>
                      <td className="numeric">{parts}</td>
                      <td className="numeric">
                        {previousValue !== null
                          ? `${formatWithUnit(previousValue, indicator.unit, t, language)} (${previousPeriodLabel ?? ''})`
                          : t('values.none')}
                      </td>
                      <td>{saved?.comment?.trim() ? saved.comment : t('values.none')}</td>
                      <td>
                        {saved?.warnings.length ? (
                          <ul className="plain-list warning-text">
                            {saved.warnings.map((text) => (
                              <li key={text}>{text}</li>
                            ))}
                          </ul>
                        ) : (
                          t('values.none')
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Section>
        );
      })}
    </>
  );
}
