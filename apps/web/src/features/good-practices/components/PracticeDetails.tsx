import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { PageHeading } from '../../../components/PageHeading';
import { Section } from '../../../components/Section';
import type { Practice } from '../graphql/practice-fields.fragment';
import { cafCriterionLabel, formatDay, indicatorName } from '../utils/format';
import { contactParts, PRACTICE_SECTIONS, practiceBodyParts } from '../utils/practice-page';
import { searchPath } from '../utils/search-params';
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

/** When the practice was introduced and, if it was published here, when: never a date that did not happen. */
function PracticeDates({ practice }: { practice: Practice }) {
  const { t, language } = useI18n();
  const introduced = practice.year !== null ? t('practices.introducedInYear', { year: practice.year }) : null;
  // A practice written up from sources was loaded, not published, on the platform: its date says nothing.
  const published =
    !practice.fromSources && practice.publishedAt ? t('practices.publishedOn', { date: formatDay(practice.publishedAt, language) }) : null;
  const text = [introduced ?? (practice.fromSources ? t('practices.yearUnknown') : null), published].filter(Boolean).join(' ');
  return text ? <p className="practice__dates">{text}</p> : null;
}

/** A contact, its e-mail addresses as mailto: links. */
function Contact({ contact }: { contact: string }) {
  return (
    <p className="plain-text">
      {contactParts(contact.trim()).map((part, index) =>
        'email' in part ? (
          <a key={index} href={`mailto:${part.email}`}>
            {part.email}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}

/**
 * A practice as its page shows it: heading, when it was introduced, facts (its tags and indicators link
 * to the practices sharing them), summary, the non-empty sections and the Markdown description, each
 * thing once (practiceBodyParts).
 */
export function PracticeDetails({ practice, actions, backLink }: { practice: Practice; actions?: ReactNode; backLink?: ReactNode }) {
  const { t, language } = useI18n();
  const office = practice.office;
  const body = practiceBodyParts(practice.body, practice);
  return (
    <article className="practice">
      {backLink}
      <p className="eyebrow">{office.name}</p>
      <PageHeading>{practice.title}</PageHeading>
      <PracticeDates practice={practice} />
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
        <dt>{t('practices.status')}</dt>
        <dd>{t(`practiceStatus.${practice.status}`)}</dd>
        {!practice.fromSources && (
          <>
            <dt>{t('practices.updatedAt')}</dt>
            <dd>{formatDay(practice.updatedAt, language)}</dd>
          </>
        )}
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
                  <li key={indicator.code}>
                    <Link to={searchPath({ indicatorCode: indicator.code })}>
                      <span className="visually-hidden">{t('practices.indicatorLinkPrefix')} </span>
                      {indicatorName(indicator, language)}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {practice.tags.length > 0 && (
          <>
            <dt>{t('practices.tags')}</dt>
            <dd>
              <TagList tags={practice.tags} linked />
            </dd>
          </>
        )}
      </dl>
      <p className="practice__summary">{practice.summary}</p>
      {PRACTICE_SECTIONS.filter((section) => practice[section].trim() !== '').map((section) => (
        <Section key={section} title={t(`practices.section.${section}`)}>
          <PlainText text={practice[section]} />
          {body.underSection[section] && <MarkdownView source={body.underSection[section]} headingOffset={2} />}
        </Section>
      ))}
      {practice.contact?.trim() && (
        <Section title={t('practices.section.contact')}>
          <Contact contact={practice.contact} />
        </Section>
      )}
      {body.rest !== '' && (
        <Section title={t('practices.section.body')}>
          <MarkdownView source={body.rest} headingOffset={1} />
        </Section>
      )}
    </article>
  );
}
