import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { CAF_MODEL_QUERY, type CafCriterion } from '../graphql/caf-model.query';
import './caf.css';

interface CafModelPageProps {
  /** The good-practice search of a criterion. */
  practicesPath: (criterion: number) => string;
}

/** `/caf`: the CAF 2020 model and its scoring panels, the guide an office's assessors score by. */
export function CafModelPage({ practicesPath }: CafModelPageProps) {
  const { t } = useI18n();
  const result = useQuery(CAF_MODEL_QUERY);
  return (
    <>
      <title>{`${t('caf.model.title')} – ${t('app.name')}`}</title>
      <PageHeading>{t('caf.model.title')}</PageHeading>
      <p>{t('caf.model.intro')}</p>
      <QueryView result={result}>{({ cafModel }) => <CafModel criteria={cafModel} practicesPath={practicesPath} />}</QueryView>
    </>
  );
}

function CafModel({ criteria, practicesPath }: CafModelPageProps & { criteria: readonly CafCriterion[] }) {
  const { t, language } = useI18n();
  const en = language === 'en';
  const kinds = (['ENABLER', 'RESULT'] as const).flatMap((kind) => {
    const first = criteria.find((criterion) => criterion.kind === kind);
    return first ? [{ kind, panel: first.panel }] : [];
  });
  return (
    <>
      <Section title={t('caf.model.panels')}>
        {kinds.map(({ kind, panel }) => (
          <div key={kind} className="caf-panel">
            <h3>{t(`caf.model.panel.${kind}`)}</h3>
            <DataTable
              caption={t(`caf.model.panel.${kind}`)}
              columns={[t('caf.model.points'), t('caf.model.band'), t('caf.model.meaning')]}
              rowHeaderColumn={1}
              rows={panel.map((band) => ({
                key: String(band.from),
                cells: [`${band.from}–${band.to}`, en ? band.labelEn : band.label, en ? band.meaningEn : band.meaning],
              }))}
              downloadable={false}
            />
          </div>
        ))}
      </Section>
      <Section title={t('caf.model.criteria')}>
        {criteria.map((criterion) => (
          <section key={criterion.number} className="caf-criterion" aria-labelledby={`caf-criterion-${criterion.number}`}>
            <h3 id={`caf-criterion-${criterion.number}`}>
              {t('caf.model.criterion', { number: criterion.number, name: en ? criterion.nameEn : criterion.name })}
            </h3>
            <p className="caf-criterion-kind">
              {t(`caf.model.kind.${criterion.kind}`)} · {t('caf.model.subCriteriaCount', { count: criterion.subCriteria.length })}
            </p>
            <dl className="caf-sub-criteria">
              {criterion.subCriteria.map((sub) => (
                <div key={sub.code}>
                  <dt>
                    <span className="caf-code">{sub.code}</span> {en ? sub.nameEn : sub.name}
                  </dt>
                  <dd>{en ? sub.descriptionEn : sub.description}</dd>
                </div>
              ))}
            </dl>
            <p>
              <Link to={practicesPath(criterion.number)}>{t('caf.model.practices', { number: criterion.number })}</Link>
            </p>
          </section>
        ))}
      </Section>
    </>
  );
}
