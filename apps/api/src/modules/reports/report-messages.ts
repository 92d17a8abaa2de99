import type { Language } from '@officebench/domain';

/** The report routes' refusals in Polish and English (the access refusals come from common/messages.ts). */
const REPORT_MESSAGES = {
  'report.missingIds': {
    pl: 'Podaj identyfikatory programu i urzędu (programmeId, officeId).',
    en: 'Give the report’s programmeId and officeId.',
  },
  'report.badProgrammeId': {
    pl: 'programmeId nie jest poprawnym identyfikatorem programu.',
    en: 'programmeId is not a valid programme id.',
  },
  'report.badOfficeId': { pl: 'officeId nie jest poprawnym identyfikatorem urzędu.', en: 'officeId is not a valid office id.' },
  'report.badPeriodId': { pl: 'periodId nie jest poprawnym identyfikatorem okresu.', en: 'periodId is not a valid period id.' },
  'report.badPeerGroupId': {
    pl: 'peerGroupId nie jest poprawnym identyfikatorem grupy porównawczej.',
    en: 'peerGroupId is not a valid peer group id.',
  },
  'report.badReportLanguage': { pl: 'Język raportu: pl albo en.', en: 'The report’s language: pl or en.' },
  'report.badLanguage': { pl: 'lang może być tylko „pl” albo „en”.', en: 'lang may only be "pl" or "en".' },
  'report.programmeNotFound': { pl: 'Nie znaleziono programu.', en: 'Programme not found.' },
  'report.periodNotFound': { pl: 'Nie znaleziono okresu w tym programie.', en: 'No such period in this programme.' },
  'report.nothingReleased': {
    pl: 'Żaden okres programu nie został jeszcze opublikowany: wskaż okres (periodId).',
    en: 'No period of the programme has been released yet: choose a period (periodId).',
  },
} as const;

export type ReportMessageKey = keyof typeof REPORT_MESSAGES;

export function reportMessage(key: ReportMessageKey, language: Language): string {
  return REPORT_MESSAGES[key][language];
}
