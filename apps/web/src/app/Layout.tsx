import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { LoadingState } from '../components/LoadingState';
import { AuthProvider } from '../features/auth/components/AuthProvider';
import { RoleNav } from '../features/auth/components/RoleNav';
import { UserMenu } from '../features/auth/components/UserMenu';
import { useAuth } from '../lib/session/useAuth';
import { isPlatformAdmin } from '../lib/session/roles';
import { ProgrammeNav } from '../features/programmes/components/ProgrammeNav';
import { useT } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { ServiceStatusBanner } from './ServiceStatusBanner';

/** The root route: the session for every page, then the page frame. */
export function Layout() {
  return (
    <AuthProvider>
      <Frame />
    </AuthProvider>
  );
}

function Frame() {
  const t = useT();
  const { user } = useAuth();
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
            {user && <RoleNav />}
            {/* Programmes are listed only for admins: the others reach theirs through their roles. */}
            {user && isPlatformAdmin(user.roles) && <ProgrammeNav />}
          </nav>
          {user && <UserMenu />}
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
      <ServiceStatusBanner />
    </>
  );
}
