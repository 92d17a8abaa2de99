import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { LoadingState } from '../components/LoadingState';
import { ProgrammeNav } from '../features/programmes/components/ProgrammeNav';
import { useT } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <nav aria-label={t('layout.navLabel')}>
            <ProgrammeNav />
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container site-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          {t('app.name')} · {t('app.tagline')}
        </div>
      </footer>
    </>
  );
}
