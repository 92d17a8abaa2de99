import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
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

/**
 * On a phone (up to 48rem wide, styles.css) the header is one row, the name and a "Menu" button that
 * shows and hides the navigation, the user menu and the language switch below it (a disclosure: the
 * button says whether it is open); it closes on Escape, giving the focus back to the button, and on
 * every navigation. On a wider screen the button is hidden and the panel is always shown, as before.
 * Signed out, there is only the language switch, which stays in the row.
 */
function Frame() {
  const t = useT();
  const { user } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // Every navigation closes the menu, one to the page already shown too (each has its own key).
  const { key: locationKey } = useLocation();
  useEffect(() => setMenuOpen(false), [locationKey]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="site-header" onKeyDown={closeOnEscape}>
        <div className="container site-header__inner">
          <div className="site-header__bar">
            <Link to="/" className="brand">
              {t('app.name')}
            </Link>
            {user ? (
              <button
                ref={toggleRef}
                type="button"
                className="header-button menu-toggle"
                aria-expanded={menuOpen}
                aria-controls={panelId}
                onClick={() => setMenuOpen((open) => !open)}
              >
                {menuOpen ? t('layout.menuClose') : t('layout.menu')}
              </button>
            ) : (
              <LanguageSwitch />
            )}
          </div>
          {user && (
            <div id={panelId} className={menuOpen ? 'site-header__panel site-header__panel--open' : 'site-header__panel'}>
              <nav aria-label={t('layout.navLabel')}>
                <RoleNav />
                {/* Programmes are listed only for admins: the others reach theirs through their roles. */}
                {isPlatformAdmin(user.roles) && <ProgrammeNav />}
              </nav>
              <UserMenu />
              <LanguageSwitch />
            </div>
          )}
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
