import { NavLink } from 'react-router';
import { useT } from '../../../app/i18n';
import type { RolePage } from '../../../lib/session/roles';
import { rolePages } from '../../../lib/session/roles';
import { useSessionUser } from '../../../lib/session/useAuth';

interface NavItem {
  path: string;
  label: string;
  /** Also marked as the current page on the pages below its path (e.g. the settings' sections). */
  covers?: boolean;
}

/** The pages the user's roles give them, highest role first: the header's main links. */
export function RoleNav() {
  const t = useT();
  const user = useSessionUser();
  const pages = rolePages(user.roles);
  const several = (role: RolePage['role']) => pages.filter((page) => page.role === role).length > 1;

  const items: NavItem[] = pages.flatMap((page): NavItem[] => {
    switch (page.role) {
      case 'PLATFORM_ADMIN':
        return [{ path: page.path, label: t('nav.allAccounts') }];
      case 'PROGRAMME_LEAD': {
        const suffix = several('PROGRAMME_LEAD') ? `: ${page.programmeName}` : '';
        return [
          { path: page.path, label: `${t('nav.leadHome')}${suffix}` },
          { path: `${page.path}/completeness`, label: `${t('nav.completeness')}${suffix}` },
          { path: `${page.path}/review`, label: `${t('nav.review')}${suffix}` },
          { path: `${page.path}/distribution`, label: `${t('nav.distribution')}${suffix}` },
          { path: `${page.path}/targets`, label: `${t('nav.targets')}${suffix}` },
          { path: `${page.path}/caf`, label: `${t('nav.cafProgramme')}${suffix}` },
          { path: `${page.path}/reports`, label: `${t('nav.reports')}${suffix}` },
          { path: `${page.path}/surveys`, label: `${t('nav.programmeSurveys')}${suffix}` },
          { path: `${page.path}/settings`, label: `${t('nav.settings')}${suffix}`, covers: true },
          { path: `${page.path}/accounts`, label: `${t('nav.programmeAccounts')}${suffix}` },
          { path: `${page.path}/about`, label: `${t('nav.programmeOverview')}${suffix}` },
        ];
      }
      case 'OFFICE_COORDINATOR': {
        const officeSuffix = several('OFFICE_COORDINATOR') ? `: ${page.officeName}` : '';
        const items: NavItem[] = [
          { path: page.path, label: `${t('nav.myOffice')}${officeSuffix}` },
          { path: `${page.path}/comparison`, label: `${t('nav.comparison')}${officeSuffix}` },
          { path: `${page.path}/caf`, label: `${t('nav.selfAssessment')}${officeSuffix}`, covers: true },
          { path: `${page.path}/surveys`, label: `${t('nav.surveys')}${officeSuffix}` },
        ];
        // One import page per programme, however many of its offices the user coordinates.
        const importPath = `${page.programmePath}/import`;
        const firstOfProgramme =
          pages.find((other) => other.role === 'OFFICE_COORDINATOR' && other.programmePath === page.programmePath) === page;
        if (page.programmePath && firstOfProgramme) {
          const programmes = new Set(pages.filter((other) => other.role === 'OFFICE_COORDINATOR').map((other) => other.programmePath));
          items.push({ path: importPath, label: programmes.size > 1 ? `${t('nav.import')}: ${page.programmeName}` : t('nav.import') });
        }
        return items;
      }
      case 'OFFICE_ASSESSOR': {
        const officeSuffix = several('OFFICE_ASSESSOR') ? `: ${page.officeName}` : '';
        return [{ path: page.path, label: `${t('nav.selfAssessment')}${officeSuffix}`, covers: true }];
      }
    }
  });

  // Good practices are shared across the platform: everyone signed in searches them, coordinators write them.
  items.push({ path: '/praktyki', label: t('nav.practices') });
  if (user.roles.some(({ role, office }) => role === 'OFFICE_COORDINATOR' && office))
    items.push({ path: '/moje-praktyki', label: t('nav.myPractices') });
  // The CAF model is a guide for every office and its lead, as the practices are.
  items.push({ path: '/caf', label: t('nav.caf') });

  // A coordinator who is also an assessor of the same office has one self-assessment link.
  const unique = items.filter((item, index) => items.findIndex(({ path }) => path === item.path) === index);

  return (
    <ul className="nav-list">
      {unique.map(({ path, label, covers }) => (
        <li key={path}>
          <NavLink to={path} end={!covers}>
            {label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
