import type { RouteObject } from 'react-router';
import { AgreementListPage } from '../pages/AgreementListPage';
import { AgreementPage } from '../pages/AgreementPage';
import { AuditPage } from '../pages/AuditPage';
import { CaseListPage } from '../pages/CaseListPage';
import { CasePage } from '../pages/CasePage';
import { CounselPage } from '../pages/CounselPage';
import { DocumentPage } from '../pages/DocumentPage';
import { DocumentsPage } from '../pages/DocumentsPage';
import { LiaisonPage } from '../pages/LiaisonPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PeopleListPage } from '../pages/PeopleListPage';
import { PersonPage } from '../pages/PersonPage';
import { RuleSetsPage } from '../pages/RuleSetsPage';
import { SignInPage } from '../pages/SignInPage';
import { TransferListPage } from '../pages/TransferListPage';
import { TransferPage } from '../pages/TransferPage';
import { AppLayout } from './AppLayout';

/**
 * Every URL of the app; each is a deep link the server answers with
 * index.html. A new page is one entry here and one in navigation.ts.
 */
export const ROUTES: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <AppLayout />,
    children: [
      // The dashboard carries the chart library: loaded on its own, not with every page.
      { index: true, lazy: async () => ({ Component: (await import('../pages/DashboardPage')).DashboardPage }) },
      { path: 'cases', element: <CaseListPage /> },
      { path: 'cases/:caseId', element: <CasePage /> },
      { path: 'people', element: <PeopleListPage /> },
      { path: 'people/:personId', element: <PersonPage /> },
      { path: 'agreements', element: <AgreementListPage /> },
      { path: 'agreements/:idOrCode', element: <AgreementPage /> },
      { path: 'documents', element: <DocumentsPage /> },
      { path: 'documents/:documentId', element: <DocumentPage /> },
      { path: 'rulesets', element: <RuleSetsPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'counsel', element: <CounselPage /> },
      { path: 'liaison', element: <LiaisonPage /> },
      { path: 'transfers', element: <TransferListPage /> },
      { path: 'transfers/:transferId', element: <TransferPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
