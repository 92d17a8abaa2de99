import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import type { Practice } from '../graphql/practice-fields.fragment';
import { cafCriterionLabel, formatDay, indicatorName } from '../utils/format';
import { MarkdownView } from './MarkdownView';
import { TagList } from './PracticeBadges';

/** Plain text with its line breaks: paragraphs at blank lines, lines kept within them. */
export function PlainText({ text }: { text: string }) {
  return (
    <>
      {text
        .trim()
        .split(/\n\s*\n/)
        .map((paragraph, index) => (
          <p key={index} className="plain-text">
            {paragraph}
          </p>
        ))}
    </>
  );
}

const SECTIONS = ['problem', 'actions', 'results', 'resources'] as const;

/** A practice as its page shows it: heading, facts, summary, the non-empty sections and the Markdown description. */
export function PracticeDetails({ practice, actions }: { practice: Practice; actions?: ReactNode }) {
  const { t, language } = useI18n();
  const office = practice.office;
  return (
    <article className="practice">
      <p className="eyebrow">{office.name}</p>
      <PageHeading>{practice.title}</PageHeading>
      <p className="practice__badges">
        <span className={`badge badge--status badge--${practice.status.toLowerCase()}`}>{t(`practiceStatus.${practice.status}`)}</span>
        {practice.featured && (
          <>
            {' '}
            <span className="badge badge--featured">{t('practices.featured')}</span>
          </>
        )}
      </p>
      {actions}
      <dl className="facts">
        <dt>{t('practices.office')}</dt>
        <dd>
          {office.name} ({t(`officeKind.${office.kind}`)}, {office.region})
        </dd>
        {practice.year !== null && (
          <>
            <dt>{t('practices.year')}</dt>
            <dd>{practice.year}</dd>
          </>
        )}
        <dt>{t('practices.status')}</dt>
        <dd>{t(`practiceStatus.${practice.status}`)}</dd>
        {practice.publishedAt && (
          <>
            <dt>{t('practices.publishedAt')}</dt>
            <dd>{formatDay(practice.publishedAt, language)}</dd>
          </>
        )}
        <dt>{t('practices.updatedAt')}</dt>
        <dd>{formatDay(practice.updatedAt, language)}</dd>
        {practice.cafCriteria.length > 0 && (
          <>
            <dt>{t('practices.cafCriteria')}</dt>
            <dd>
              {practice.cafCriteria.map((criterion, index) => (
                <Fragment key={criterion}>
                  {index > 0 && '; '}
                  {cafCriterionLabel(criterion, language)}
                </Fragment>
              ))}
            </dd>
          </>
        )}
        {practice.indicators.length > 0 && (
          <>
            <dt>{t('practices.indicators')}</dt>
            <dd>
              <ul className="plain-list">
                {practice.indicators.map((indicator) => (
                  <li key={indicator.code}>{indicatorName(indicator, language)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {practice.tags.length > 0 && (
          <>
            <dt>{t('practices.tags')}</dt>
            <dd>
              <TagList tags={practice.tags} />
            </dd>
          </>
        )}
      </dl>
      <p className="practice__summary">{practice.summary}</p>
      {SECTIONS.filter((section) => practice[section].trim() !== '').map((section) => (
        <Section key={section} title={t(`practices.section.${section}`)}>
          <PlainText text={practice[section]} />
        </Section>
      ))}
      {practice.contact?.trim() && (
        <Section title={t('practices.section.contact')}>
          <PlainText text={practice.contact} />
        </Section>
      )}
      {practice.body.trim() !== '' && (
        <Section title={t('practices.section.body')}>
          <MarkdownView source={practice.body} headingOffset={1} />
        </Section>
      )}
    </article>
  );
}
