import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/components/ForgotPasswordPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { SetPasswordPage } from '../features/auth/components/SetPasswordPage';
import { StartRedirect } from '../features/auth/components/StartRedirect';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Lazy so that Recharts lands in the page's own chunk, not in the entry bundle.
const ProgrammeOverviewPage = lazy(async () => {
  const { ProgrammeOverviewPage } = await import('../features/programme-overview/components/ProgrammeOverviewPage');
  return { default: ProgrammeOverviewPage };
});
// The lead's home at the programme's address; anyone else sees the programme overview there, loaded only
// then (its charts would otherwise put Recharts in the lead's first screen: the bundle budget).
const ProgrammeHomePage = lazy(async () => {
  const { LeadHomePage } = await import('../features/lead-home/components/LeadHomePage');
  return { default: () => <LeadHomePage otherwise={ProgrammeOverviewPage} /> };
});
const MyOfficePage = lazy(async () => {
  const { MyOfficePage } = await import('../features/my-office/components/MyOfficePage');
  return { default: MyOfficePage };
});
const QuarterPage = lazy(async () => {
  const { QuarterPage } = await import('../features/submission/components/QuarterPage');
  return { default: QuarterPage };
});
const ReviewPage = lazy(async () => {
  const { ReviewPage } = await import('../features/submission/components/ReviewPage');
  return { default: ReviewPage };
});
const CompletenessPage = lazy(async () => {
  const { CompletenessPage } = await import('../features/completeness/components/CompletenessPage');
  return { default: CompletenessPage };
});
const ReviewListPage = lazy(async () => {
  const { ReviewListPage } = await import('../features/completeness/components/ReviewListPage');
  return { default: ReviewListPage };
});
const ImportPage = lazy(async () => {
  const { ImportPage } = await import('../features/imports/components/ImportPage');
  return { default: ImportPage };
});
// The comparison links to the office's progress to the targets (and prints it): the two features meet here,
// at the route. The section loads only when shown, so the comparison's first screen does not wait for it.
const OfficeProgressSection = lazy(async () => {
  const { OfficeProgressSection } = await import('../features/targets/components/OfficeProgressSection');
  return { default: OfficeProgressSection };
});
const ComparisonPage = lazy(async () => {
  const { ComparisonPage } = await import('../features/comparison/components/ComparisonPage');
  return { default: () => <ComparisonPage progressSection={OfficeProgressSection} /> };
});
const DistributionPage = lazy(async () => {
  const { DistributionPage } = await import('../features/distribution/components/DistributionPage');
  return { default: DistributionPage };
});
const TargetProgressPage = lazy(async () => {
  const { TargetProgressPage } = await import('../features/targets/components/TargetProgressPage');
  return { default: TargetProgressPage };
});
const PracticeSearchPage = lazy(async () => {
  const { PracticeSearchPage } = await import('../features/good-practices/components/PracticeSearchPage');
  return { default: PracticeSearchPage };
});
const PracticePage = lazy(async () => {
  const { PracticePage } = await import('../features/good-practices/components/PracticePage');
  return { default: PracticePage };
});
const PracticeEditorPage = lazy(async () => {
  const { PracticeEditorPage } = await import('../features/good-practices/components/PracticeEditorPage');
  return { default: PracticeEditorPage };
});
const MyPracticesPage = lazy(async () => {
  const { MyPracticesPage } = await import('../features/good-practices/components/MyPracticesPage');
  return { default: MyPracticesPage };
});
const ProgrammeSettingsPage = lazy(async () => {
  const { ProgrammeSettingsPage } = await import('../features/programme-settings/components/ProgrammeSettingsPage');
  return { default: ProgrammeSettingsPage };
});
const ProgrammeAccountsPage = lazy(async () => {
  const { ProgrammeAccountsPage } = await import('../features/accounts/components/AccountsPage');
  return { default: ProgrammeAccountsPage };
});
const AllAccountsPage = lazy(async () => {
  const { AllAccountsPage } = await import('../features/accounts/components/AccountsPage');
  return { default: AllAccountsPage };
});

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
          { path: 'accounts', Component: AllAccountsPage },
          { path: 'programmes/:programmeId', Component: ProgrammeHomePage },
          { path: 'programmes/:programmeId/about', Component: ProgrammeOverviewPage },
          { path: 'programmes/:programmeId/accounts', Component: ProgrammeAccountsPage },
          { path: 'programmes/:programmeId/offices/:officeId', Component: MyOfficePage },
          { path: 'programmes/:programmeId/offices/:officeId/periods/:periodId', Component: QuarterPage },
          { path: 'programmes/:programmeId/offices/:officeId/periods/:periodId/review', Component: ReviewPage },
          { path: 'programmes/:programmeId/completeness', Component: CompletenessPage },
          { path: 'programmes/:programmeId/review', Component: ReviewListPage },
          { path: 'programmes/:programmeId/import', Component: ImportPage },
          { path: 'programmes/:programmeId/offices/:officeId/comparison', Component: ComparisonPage },
          { path: 'programmes/:programmeId/distribution', Component: DistributionPage },
          { path: 'programmes/:programmeId/targets', Component: TargetProgressPage },
          { path: 'programmes/:programmeId/settings/:section?', Component: ProgrammeSettingsPage },
          // Good practices: Polish paths, as the users who share them name them.
          { path: 'praktyki', Component: PracticeSearchPage },
          { path: 'praktyki/nowa', Component: PracticeEditorPage },
          { path: 'praktyki/:id', Component: PracticePage },
          { path: 'praktyki/:id/edycja', Component: PracticeEditorPage },
          { path: 'moje-praktyki', Component: MyPracticesPage },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
