import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { HomeRedirect } from '../features/programmes/components/HomeRedirect';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Lazy so that Recharts lands in the page's own chunk, not in the entry bundle.
const ProgrammeOverviewPage = lazy(async () => {
  const { ProgrammeOverviewPage } = await import('../features/programme-overview/components/ProgrammeOverviewPage');
  return { default: ProgrammeOverviewPage };
});

export const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    children: [
      { index: true, Component: HomeRedirect },
      { path: 'programmes/:programmeId', Component: ProgrammeOverviewPage },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
