// The English messages of every feature: a chunk of its own, loaded when English is chosen (i18n.ts).
import { accountsMessagesEn } from '../../features/accounts/messages.en';
import { authMessagesEn } from '../../features/auth/messages.en';
import { cafMessagesEn } from '../../features/caf/messages.en';
import { comparisonMessagesEn } from '../../features/comparison/messages.en';
import { completenessMessagesEn } from '../../features/completeness/messages.en';
import { distributionMessagesEn } from '../../features/distribution/messages.en';
import { goodPracticesMessagesEn } from '../../features/good-practices/messages.en';
import { importsMessagesEn } from '../../features/imports/messages.en';
import { leadHomeMessagesEn } from '../../features/lead-home/messages.en';
import { myOfficeMessagesEn } from '../../features/my-office/messages.en';
import { programmeSettingsMessagesEn } from '../../features/programme-settings/messages.en';
import { programmeOverviewMessagesEn } from '../../features/programme-overview/messages.en';
import { reportsMessagesEn } from '../../features/reports/messages.en';
import { submissionMessagesEn } from '../../features/submission/messages.en';
import { surveysMessagesEn } from '../../features/surveys/messages.en';
import { targetsMessagesEn } from '../../features/targets/messages.en';
import { appMessagesEn } from '../messages.en';
import type { Catalogue } from './catalogue';
import type { CATALOGUES_PL, messagesPl } from './catalogue-pl';

/** Every feature's English messages, by feature: the same features as in Polish, each with its Polish keys. */
export const CATALOGUES_EN: { readonly [Feature in keyof typeof CATALOGUES_PL]: Catalogue<(typeof CATALOGUES_PL)[Feature]> } = {
  app: appMessagesEn,
  accounts: accountsMessagesEn,
  auth: authMessagesEn,
  caf: cafMessagesEn,
  comparison: comparisonMessagesEn,
  completeness: completenessMessagesEn,
  distribution: distributionMessagesEn,
  goodPractices: goodPracticesMessagesEn,
  imports: importsMessagesEn,
  leadHome: leadHomeMessagesEn,
  myOffice: myOfficeMessagesEn,
  programmeOverview: programmeOverviewMessagesEn,
  programmeSettings: programmeSettingsMessagesEn,
  reports: reportsMessagesEn,
  submission: submissionMessagesEn,
  surveys: surveysMessagesEn,
  targets: targetsMessagesEn,
};

/** English messages of every feature, in one object. */
export const messagesEn: Catalogue<typeof messagesPl> = Object.assign({}, ...Object.values(CATALOGUES_EN));
