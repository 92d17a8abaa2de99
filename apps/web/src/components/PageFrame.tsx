import type { ReactNode } from 'react';
import { useT } from '../app/i18n';
import { PageHeading } from './PageHeading';

interface PageFrameProps {
  title: string;
  /** The line above the heading: the office or the programme. */
  eyebrow: string;
  programme: { name: string; isDemo: boolean };
  children: ReactNode;
}

/** The benchmark pages' top: document title, eyebrow, heading and the demo data banner. */
export function PageFrame({ title, eyebrow, programme, children }: PageFrameProps) {
  const t = useT();
  return (
    <>
      <title>{`${title} – ${eyebrow} – ${t('app.name')}`}</title>
      <p className="eyebrow">{eyebrow}</p>
      <PageHeading>{title}</PageHeading>
      {programme.isDemo && (
        <p role="note" className="demo-banner">
          {t('programme.demoBanner')}
        </p>
      )}
      <div className="benchmark-page">{children}</div>
    </>
  );
}
