import { accountsMessagesEn } from '../../features/accounts/messages.en';
import { accountsMessagesPl } from '../../features/accounts/messages.pl';
import { authMessagesEn } from '../../features/auth/messages.en';
import { authMessagesPl } from '../../features/auth/messages.pl';
import { comparisonMessagesEn } from '../../features/comparison/messages.en';
import { comparisonMessagesPl } from '../../features/comparison/messages.pl';
import { completenessMessagesEn } from '../../features/completeness/messages.en';
import { completenessMessagesPl } from '../../features/completeness/messages.pl';
import { distributionMessagesEn } from '../../features/distribution/messages.en';
import { distributionMessagesPl } from '../../features/distribution/messages.pl';
import { goodPracticesMessagesEn } from '../../features/good-practices/messages.en';
import { goodPracticesMessagesPl } from '../../features/good-practices/messages.pl';
import { importsMessagesEn } from '../../features/imports/messages.en';
import { importsMessagesPl } from '../../features/imports/messages.pl';
import { leadHomeMessagesEn } from '../../features/lead-home/messages.en';
import { leadHomeMessagesPl } from '../../features/lead-home/messages.pl';
import { myOfficeMessagesEn } from '../../features/my-office/messages.en';
import { myOfficeMessagesPl } from '../../features/my-office/messages.pl';
import { programmeSettingsMessagesEn } from '../../features/programme-settings/messages.en';
import { programmeSettingsMessagesPl } from '../../features/programme-settings/messages.pl';
import { programmeOverviewMessagesEn } from '../../features/programme-overview/messages.en';
import { programmeOverviewMessagesPl } from '../../features/programme-overview/messages.pl';
import { submissionMessagesEn } from '../../features/submission/messages.en';
import { submissionMessagesPl } from '../../features/submission/messages.pl';
import { targetsMessagesEn } from '../../features/targets/messages.en';
import { targetsMessagesPl } from '../../features/targets/messages.pl';
import { appMessagesEn } from '../messages.en';
import { appMessagesPl } from '../messages.pl';
import type { Catalogue } from './catalogue';
import type { Language } from './language';

/**
 * Every feature's messages (`features/<name>/messages.{pl,en}.ts`) and the shared ones (`app/messages.*`),
 * by feature. The keys are unique across features (messages.spec.ts checks it), so i18next holds them in
 * one namespace and components look them up by key alone.
 */
export const CATALOGUES = {
  app: { pl: appMessagesPl, en: appMessagesEn },
  accounts: { pl: accountsMessagesPl, en: accountsMessagesEn },
  auth: { pl: authMessagesPl, en: authMessagesEn },
  comparison: { pl: comparisonMessagesPl, en: comparisonMessagesEn },
  completeness: { pl: completenessMessagesPl, en: completenessMessagesEn },
  distribution: { pl: distributionMessagesPl, en: distributionMessagesEn },
  goodPractices: { pl: goodPracticesMessagesPl, en: goodPracticesMessagesEn },
  imports: { pl: importsMessagesPl, en: importsMessagesEn },
  leadHome: { pl: leadHomeMessagesPl, en: leadHomeMessagesEn },
  myOffice: { pl: myOfficeMessagesPl, en: myOfficeMessagesEn },
  programmeOverview: { pl: programmeOverviewMessagesPl, en: programmeOverviewMessagesEn },
  programmeSettings: { pl: programmeSettingsMessagesPl, en: programmeSettingsMessagesEn },
  submission: { pl: submissionMessagesPl, en: submissionMessagesEn },
  targets: { pl: targetsMessagesPl, en: targetsMessagesEn },
} as const;

/** A union of object types as their intersection: every feature's keys in one catalogue type. */
type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type MergedCatalogue<L extends Language> = Intersection<(typeof CATALOGUES)[keyof typeof CATALOGUES][L]>;

/** One language's messages of every feature, in one object. */
function merged<L extends Language>(language: L): MergedCatalogue<L> {
  return Object.assign({}, ...Object.values(CATALOGUES).map((catalogues) => catalogues[language]));
}

export const messagesPl = merged('pl');

export type MessageKey = keyof typeof messagesPl;
export type Messages = Catalogue<typeof messagesPl>;

export const messagesEn: Messages = merged('en');

export const NAMESPACE = 'translation';

/** What i18next is given: all messages of both languages, bundled (no loading over HTTP). */
export const RESOURCES: Record<Language, { [NAMESPACE]: Messages }> = {
  pl: { [NAMESPACE]: messagesPl },
  en: { [NAMESPACE]: messagesEn },
};
