// The Polish messages of every feature, bundled with the entry: Polish is the default language, so the
// first screen needs no second request. (catalogue-en.ts is loaded only when English is chosen.)
import { accountsMessagesPl } from '../../features/accounts/messages.pl';
import { authMessagesPl } from '../../features/auth/messages.pl';
import { cafMessagesPl } from '../../features/caf/messages.pl';
import { comparisonMessagesPl } from '../../features/comparison/messages.pl';
import { completenessMessagesPl } from '../../features/completeness/messages.pl';
import { distributionMessagesPl } from '../../features/distribution/messages.pl';
import { goodPracticesMessagesPl } from '../../features/good-practices/messages.pl';
import { importsMessagesPl } from '../../features/imports/messages.pl';
import { leadHomeMessagesPl } from '../../features/lead-home/messages.pl';
import { myOfficeMessagesPl } from '../../features/my-office/messages.pl';
import { programmeSettingsMessagesPl } from '../../features/programme-settings/messages.pl';
import { programmeOverviewMessagesPl } from '../../features/programme-overview/messages.pl';
import { reportsMessagesPl } from '../../features/reports/messages.pl';
import { submissionMessagesPl } from '../../features/submission/messages.pl';
import { surveysMessagesPl } from '../../features/surveys/messages.pl';
import { targetsMessagesPl } from '../../features/targets/messages.pl';
import { appMessagesPl } from '../messages.pl';

/**
 * Every feature's Polish messages (`features/<name>/messages.pl.ts`) and the shared ones (`app/messages.pl.ts`),
 * by feature. The keys are unique across features (messages.spec.ts checks it), so i18next holds them in
 * one namespace and components look them up by key alone.
 */
export const CATALOGUES_PL = {
  app: appMessagesPl,
  accounts: accountsMessagesPl,
  auth: authMessagesPl,
  caf: cafMessagesPl,
  comparison: comparisonMessagesPl,
  completeness: completenessMessagesPl,
  distribution: distributionMessagesPl,
  goodPractices: goodPracticesMessagesPl,
  imports: importsMessagesPl,
  leadHome: leadHomeMessagesPl,
  myOffice: myOfficeMessagesPl,
  programmeOverview: programmeOverviewMessagesPl,
  programmeSettings: programmeSettingsMessagesPl,
  reports: reportsMessagesPl,
  submission: submissionMessagesPl,
  surveys: surveysMessagesPl,
  targets: targetsMessagesPl,
} as const;

/** A union of object types as their intersection: every feature's keys in one catalogue type. */
type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** Polish messages of every feature, in one object. */
export const messagesPl: Intersection<(typeof CATALOGUES_PL)[keyof typeof CATALOGUES_PL]> = Object.assign(
  {},
  ...Object.values(CATALOGUES_PL),
);
