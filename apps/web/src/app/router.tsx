import { createBrowserRouter } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/components/ForgotPasswordPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { SetPasswordPage } from '../features/auth/components/SetPasswordPage';
import { StartRedirect } from '../features/auth/components/StartRedirect';
import { lazyPage, pageRoute, preloadMatchedPages } from './lazy-page';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Lazy so that Recharts lands in the page's own chunk, not in the entry bundle.
const ProgrammeOverviewPage = lazyPage(
  async () => (await import('../features/programme-overview/components/ProgrammeOverviewPage')).ProgrammeOverviewPage,
);
// The lead's home at the programme's address; anyone else sees the programme overview there, loaded only
// then (its charts would otherwise put Recharts in the lead's first screen: the bundle budget).
const ProgrammeHomePage = lazyPage(async () => {
  const { LeadHomePage } = await import('../features/lead-home/components/LeadHomePage');
  return () => <LeadHomePage otherwise={ProgrammeOverviewPage.Component} />;
});
const MyOfficePage = lazyPage(async () => (await import('../features/my-office/components/MyOfficePage')).MyOfficePage);
const QuarterPage = lazyPage(async () => (await import('../features/submission/components/QuarterPage')).QuarterPage);
const ReviewPage = lazyPage(async () => (await import('../features/submission/components/ReviewPage')).ReviewPage);
const CompletenessPage = lazyPage(async () => (await import('../features/completeness/components/CompletenessPage')).CompletenessPage);
const ReviewListPage = lazyPage(async () => (await import('../features/completeness/components/ReviewListPage')).ReviewListPage);
const ImportPage = lazyPage(async () => (await import('../features/imports/components/ImportPage')).ImportPage);
// The comparison links to the office's progress to the targets (and prints it): the two features meet here,
// at the route. The section loads only when shown, so the comparison's first screen does not wait for it.
const OfficeProgressSection = lazyPage(
  async () => (await import('../features/targets/components/OfficeProgressSection')).OfficeProgressSection,
);
const ComparisonPage = lazyPage(async () => {
  const { ComparisonPage } = await import('../features/comparison/components/ComparisonPage');
  return () => <ComparisonPage progressSection={OfficeProgressSection.Component} />;
});
const DistributionPage = lazyPage(async () => (await import('../features/distribution/components/DistributionPage')).DistributionPage);
const TargetProgressPage = lazyPage(async () => (await import('../features/targets/components/TargetProgressPage')).TargetProgressPage);
const PracticeSearchPage = lazyPage(
  async () => (await import('../features/good-practices/components/PracticeSearchPage')).PracticeSearchPage,
);
const PracticePage = lazyPage(async () => (await import('../features/good-practices/components/PracticePage')).PracticePage);
const PracticeEditorPage = lazyPage(
  async () => (await import('../features/good-practices/components/PracticeEditorPage')).PracticeEditorPage,
);
const MyPracticesPage = lazyPage(async () => (await import('../features/good-practices/components/MyPracticesPage')).MyPracticesPage);
// The CAF model links each criterion to the practice search filtered by it: the two features meet here.
const CafModelPage = lazyPage(async () => {
  const [{ CafModelPage }, { searchPath }] = await Promise.all([
    import('../features/caf/components/CafModelPage'),
    import('../features/good-practices/utils/search-params'),
  ]);
  return () => <CafModelPage practicesPath={(cafCriterion) => searchPath({ cafCriterion })} />;
});
const CafOfficePage = lazyPage(async () => (await import('../features/caf/components/CafOfficePage')).CafOfficePage);
// An area for improvement of a closed self-assessment leads to the practices of its criterion, as the model does.
const CafCyclePage = lazyPage(async () => {
  const [{ CafCyclePage }, { searchPath }] = await Promise.all([
    import('../features/caf/components/CafCyclePage'),
    import('../features/good-practices/utils/search-params'),
  ]);
  return () => <CafCyclePage practicesPath={(cafCriterion) => searchPath({ cafCriterion })} />;
});
const CafProgrammePage = lazyPage(async () => (await import('../features/caf/components/CafProgrammePage')).CafProgrammePage);
const OfficeReportsPage = lazyPage(async () => (await import('../features/reports/components/OfficeReportsPage')).OfficeReportsPage);
const ProgrammeReportsPage = lazyPage(
  async () => (await import('../features/reports/components/ProgrammeReportsPage')).ProgrammeReportsPage,
);
const OfficeSurveysPage = lazyPage(async () => (await import('../features/surveys/components/OfficeSurveysPage')).OfficeSurveysPage);
const ProgrammeSurveysPage = lazyPage(
  async () => (await import('../features/surveys/components/ProgrammeSurveysPage')).ProgrammeSurveysPage,
);
const ProgrammeSettingsPage = lazyPage(
  async () => (await import('../features/programme-settings/components/ProgrammeSettingsPage')).ProgrammeSettingsPage,
);
const ProgrammeAccountsPage = lazyPage(async () => (await import('../features/accounts/components/AccountsPage')).ProgrammeAccountsPage);
const AllAccountsPage = lazyPage(async () => (await import('../features/accounts/components/AccountsPage')).AllAccountsPage);

export const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    children: [
      { path: 'login', Component: LoginPage },
      { path: 'forgot-password', Component: ForgotPasswordPage },
      { path: 'set-password', Component: SetPasswordPage },
      {
        Component: RequireAuth,
        children: [
          { index: true, Component: StartRedirect },
          pageRoute('accounts', AllAccountsPage),
          pageRoute('programmes/:programmeId', ProgrammeHomePage),
          pageRoute('programmes/:programmeId/about', ProgrammeOverviewPage),
          pageRoute('programmes/:programmeId/accounts', ProgrammeAccountsPage),
          pageRoute('programmes/:programmeId/offices/:officeId', MyOfficePage),
          pageRoute('programmes/:programmeId/offices/:officeId/periods/:periodId', QuarterPage),
          pageRoute('programmes/:programmeId/offices/:officeId/periods/:periodId/review', ReviewPage),
          pageRoute('programmes/:programmeId/completeness', CompletenessPage),
          pageRoute('programmes/:programmeId/review', ReviewListPage),
          pageRoute('programmes/:programmeId/import', ImportPage),
          pageRoute('programmes/:programmeId/offices/:officeId/comparison', ComparisonPage),
          pageRoute('programmes/:programmeId/distribution', DistributionPage),
          pageRoute('programmes/:programmeId/targets', TargetProgressPage),
          pageRoute('programmes/:programmeId/settings/:section?', ProgrammeSettingsPage),
          pageRoute('programmes/:programmeId/caf', CafProgrammePage),
          pageRoute('programmes/:programmeId/offices/:officeId/caf', CafOfficePage),
          pageRoute('programmes/:programmeId/offices/:officeId/caf/:cycleId', CafCyclePage),
          pageRoute('programmes/:programmeId/reports', ProgrammeReportsPage),
          pageRoute('programmes/:programmeId/offices/:officeId/reports', OfficeReportsPage),
          pageRoute('programmes/:programmeId/surveys', ProgrammeSurveysPage),
          pageRoute('programmes/:programmeId/offices/:officeId/surveys', OfficeSurveysPage),
          // Good practices: Polish paths, as the users who share them name them.
          pageRoute('praktyki', PracticeSearchPage),
          pageRoute('praktyki/nowa', PracticeEditorPage),
          pageRoute('praktyki/:id', PracticePage),
          pageRoute('praktyki/:id/edycja', PracticeEditorPage),
          pageRoute('moje-praktyki', MyPracticesPage),
          pageRoute('caf', CafModelPage),
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);

preloadMatchedPages(router.state.matches);
