import type { Language } from '@officebench/domain';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * The API's own sentences, in Polish (the default) and English, as ICU messages: `{name}` for a
 * parameter, `{n, plural, one {...} few {...} many {...} other {...}}` for a count. The rules' own
 * sentences, shared with the web, stay in libs/domain (`describeProblem`, `describePracticeProblem`, ...).
 *
 * Pick the language with `currentLanguage()` (common/request-context.ts) or the resolver's language.
 * English texts are those the API has always given (tests and clients compare some of them).
 */
export const MESSAGES = {
  // common/errors.ts
  'error.unauthenticated': { pl: 'Zaloguj się, aby kontynuować.', en: 'Sign in to continue.' },
  'error.forbidden': { pl: 'Nie masz uprawnień do tej operacji.', en: 'You may not do this.' },
  'error.rateLimited': { pl: 'Za dużo prób naraz; spróbuj ponownie za chwilę.', en: 'Too many attempts; try again in a moment.' },
  'error.rateLimitedFor': {
    pl: 'Za dużo prób naraz; spróbuj ponownie za {seconds} s.',
    en: 'Too many attempts; try again in {seconds} s.',
  },
  'error.unavailable': {
    pl: 'Usługa jest chwilowo niedostępna; spróbuj ponownie za {seconds} s.',
    en: 'The service is briefly unavailable; please try again in {seconds} s.',
  },
  'error.notFound': {
    pl: 'Nie znaleziono {what, select, period {okresu} office {urzędu} periodOrOffice {okresu lub urzędu} programme {programu} indicator {wskaźnika} submission {zgłoszenia} user {użytkownika} roleGrant {uprawnienia} goodPractice {dobrej praktyki} peerGroup {grupy porównawczej} target {celu} cafCycle {samooceny CAF} cafAction {działania} surveyRound {ankiety} other {obiektu}}.',
    en: '{what, select, period {Period} office {Office} periodOrOffice {Period or office} programme {Programme} indicator {Indicator} submission {Submission} user {User} roleGrant {Role grant} goodPractice {Good practice} peerGroup {Peer group} target {Target} cafCycle {CAF self-assessment} cafAction {Action} surveyRound {Survey} other {Item}} not found.',
  },

  'error.invalidInput': { pl: 'Niepoprawne dane wejściowe.', en: 'Invalid input.' },

  // the document limits (common/graphql-limits.ts, and the parser's in common/graphql-errors.ts)
  'limit.depth': {
    pl: 'Zapytanie ma głębokość zagnieżdżenia {found}, a dozwolona jest najwyżej {limit}.',
    en: 'The query is nested {found} levels deep; at most {limit} are allowed.',
  },
  'limit.aliases': {
    pl: 'Liczba aliasów w zapytaniu to {found}, a dozwolona jest najwyżej {limit}.',
    en: 'The query uses {found} aliases; at most {limit} are allowed.',
  },
  'limit.directives': {
    pl: 'Liczba dyrektyw w zapytaniu to {found}, a dozwolona jest najwyżej {limit}.',
    en: 'The query uses {found} directives; at most {limit} are allowed.',
  },
  'limit.cost': {
    pl: 'Szacowany koszt zapytania to {found}, a dozwolony jest najwyżej {limit}.',
    en: 'The query would cost {found}; at most {limit} is allowed.',
  },
  'limit.tokens': {
    pl: 'Dokument ma więcej niż {limit} tokenów; dozwolone jest najwyżej {limit}.',
    en: 'The document has more than {limit} tokens; at most {limit} are allowed.',
  },
  'limit.nesting': { pl: 'Dokument jest zagnieżdżony zbyt głęboko.', en: 'The document is nested too deeply.' },

  // input refused by the DTOs' class-validator decorators (common/validation-messages.ts); the English is class-validator's own
  'validation.email': { pl: 'Pole {field} musi zawierać adres e-mail.', en: '{field} must be an e-mail address' },
  'validation.id': { pl: 'Pole {field} nie jest poprawnym identyfikatorem.', en: '{field} is not an id' },
  'validation.length': { pl: 'Pole {field} musi mieć od {min} do {max} znaków.', en: '{field} must be {min} to {max} characters' },
  'validation.maxLength': {
    pl: 'Pole {field} może mieć najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
    en: '{field} must be shorter than or equal to {max} characters',
  },
  'validation.eachMaxLength': {
    pl: 'Każda wartość w polu {field} może mieć najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
    en: 'each value in {field} must be shorter than or equal to {max} characters',
  },
  'validation.arrayMaxSize': {
    pl: 'Lista {field} może mieć najwyżej {max, plural, one {# element} few {# elementy} many {# elementów} other {# elementu}}.',
    en: '{field} must contain no more than {max} elements',
  },
  'validation.min': { pl: 'Pole {field} musi wynosić co najmniej {min}.', en: '{field} must not be less than {min}' },
  'validation.isoDate': {
    pl: 'Pole {field} musi być datą w formacie ISO 8601 (RRRR-MM-DD).',
    en: '{field} must be a valid ISO 8601 date string',
  },

  // auth
  'auth.invalidCredentials': {
    pl: 'Nieprawidłowy e-mail lub hasło albo konto jest chwilowo zablokowane po zbyt wielu próbach.',
    en: 'Wrong e-mail or password, or the account is locked for a while after too many attempts.',
  },
  'auth.accountGone': { pl: 'To konto już nie istnieje.', en: 'The account no longer exists.' },
  'auth.invalidToken': {
    pl: 'Ten link jest nieprawidłowy, został już użyty albo wygasł: poproś o nowy.',
    en: 'This link is invalid, already used or expired: ask for a new one.',
  },
  'auth.grantScope': {
    pl: 'Administrator platformy nie ma programu ani urzędu; lider potrzebuje programu, a koordynator programu i urzędu.',
    en: 'A platform admin has no programme or office; a lead needs a programme; a coordinator a programme and an office.',
  },
  'auth.officeNotInProgramme': { pl: 'Ten urząd nie uczestniczy w programie.', en: 'This office does not take part in the programme.' },
  'auth.accountDeactivated': {
    pl: 'To konto jest dezaktywowane; przywrócić je może tylko administrator platformy.',
    en: 'This account is deactivated; only the platform admin can restore it.',
  },
  'auth.passwordLength': { pl: 'Hasło musi mieć od {min} do {max} znaków.', en: 'The password must have {min} to {max} characters.' },
  'auth.mailFailed': {
    pl: 'Nie udało się wysłać wiadomości e-mail; spróbuj później albo poproś administratora.',
    en: 'The e-mail could not be sent; try again later or ask the administrator.',
  },

  // peer groups
  'peerGroup.emptyName': { pl: 'Podaj nazwę grupy.', en: 'Give the group a name.' },
  'peerGroup.takenName': { pl: 'Program ma już grupę o tej nazwie.', en: 'The programme already has a group of that name.' },
  'peerGroup.foreignOffice': {
    pl: 'Grupa może obejmować tylko urzędy tego programu.',
    en: 'A group may only hold offices of this programme.',
  },
  'peerGroup.notCustom': { pl: 'Usunąć można tylko grupę zdefiniowaną przez lidera.', en: 'Only a group the lead defined can be deleted.' },
  'peerGroup.published': {
    pl: 'Statystyki tej grupy zostały już opublikowane, więc grupa zostaje: kolejne publikacje są sprawdzane razem z poprzednimi.',
    en: 'Statistics of this group have been released, so the group stays: later releases are checked together with earlier ones.',
  },

  // periods
  'period.labelTaken': { pl: 'Program ma już okres {label}.', en: 'The programme already has a period {label}.' },
  'period.reopenInPast': {
    pl: 'Okres musi pozostać otwarty do chwili w przyszłości.',
    en: 'The period must stay open until a time in the future.',
  },
  'period.draft.QUARTER_LABEL': { pl: 'Kwartał oznacza się tak: 2012-Q1.', en: 'A quarter is labelled like 2012-Q1.' },
  'period.draft.QUARTER_DATES': {
    pl: 'Kwartał {label} trwa od {startsOn} do {endsOn}.',
    en: 'Quarter {label} runs from {startsOn} to {endsOn}.',
  },
  'period.draft.YEAR_LABEL': { pl: 'Rok oznacza się tak: 2012.', en: 'A year is labelled like 2012.' },
  'period.draft.YEAR_DATES': { pl: 'Rok {label} trwa od {startsOn} do {endsOn}.', en: 'Year {label} runs from {startsOn} to {endsOn}.' },
  'period.draft.CYCLE_LABEL': {
    pl: 'Nadaj cyklowi CAF nazwę o długości od 1 do 40 znaków, np. CAF 2012.',
    en: 'Give the CAF cycle a label of 1 to 40 characters, e.g. CAF 2012.',
  },
  'period.draft.ENDS_BEFORE_START': {
    pl: 'Okres nie może się skończyć, zanim się zacznie.',
    en: 'The period cannot end before it starts.',
  },
  'period.draft.DEADLINE_BEFORE_OPENING': {
    pl: 'Termin nie może przypadać przed otwarciem wprowadzania danych.',
    en: 'The deadline cannot come before entry opens.',
  },
  'period.draft.LOCK_BEFORE_DEADLINE': {
    pl: 'Zamknięcie nie może przypadać przed terminem.',
    en: 'The lock cannot come before the deadline.',
  },

  // submissions
  'submission.reasonLength': { pl: 'Podaj uzasadnienie o długości od 1 do {max} znaków.', en: 'Give a reason of 1 to {max} characters.' },
  'submission.startedMeanwhile': {
    pl: 'Ktoś inny zaczął to zgłoszenie w tej samej chwili. Wczytaj je ponownie, aby zobaczyć jego wartości, i zapisz jeszcze raz.',
    en: 'Someone else started this submission at the same moment. Reload to see their values, then save again.',
  },
  'submission.changedMeanwhile': {
    pl: 'Zgłoszenie zmieniło się od chwili, gdy je otwarto. Porównaj swoje wpisy z zapisanymi i zapisz ponownie.',
    en: 'The submission was changed since you opened it. Compare your entries with the saved ones, then save again.',
  },
  'submission.wrongStatus': {
    pl: 'Zgłoszenie ma status {status}; {transition, select, submit {złożyć} approve {zatwierdzić} return {zwrócić} other {ponownie otworzyć}} można je tylko ze statusu {from}.',
    en: 'The submission is {status}; it can be {transition, select, submit {submitted} approve {approved} return {returned} other {reopened}} only when {from}.',
  },
  'submission.or': { pl: ' lub ', en: ' or ' },
  'submission.bulk.EMPTY': {
    pl: 'Wybierz co najmniej jedno zgłoszenie do zatwierdzenia.',
    en: 'Choose at least one submission to approve.',
  },
  'submission.bulk.TOO_MANY': {
    pl: 'Naraz można zatwierdzić najwyżej {max} zgłoszeń.',
    en: 'At most {max} submissions can be approved at once.',
  },
  'submission.bulk.DUPLICATE': {
    pl: 'Każde zgłoszenie może wystąpić na liście tylko raz.',
    en: 'Each submission may appear in the list only once.',
  },

  // modules/reminders
  'reminder.periodClosed': {
    pl: 'Przypomnienia można wysyłać tylko w okresie, który jest otwarty i nie został zamknięty.',
    en: 'Reminders can only be sent for a period that has opened and is not locked.',
  },

  // good practices
  'practice.whichOffice': {
    pl: 'Wybierz urząd, w którego imieniu piszesz praktykę.',
    en: 'Choose the office the practice is written for.',
  },
  'practice.stale': {
    pl: 'Ktoś zmienił tę praktykę w międzyczasie. Wczytaj ją ponownie; Twoje zmiany nie zostały zapisane.',
    en: 'Someone changed this practice meanwhile. Reload it; your changes were not saved.',
  },
  'practice.deletePublished': {
    pl: 'Opublikowanej praktyki nie można usunąć: najpierw ją wycofaj.',
    en: 'A published practice cannot be deleted: withdraw it first.',
  },
  'practice.featureDraft': { pl: 'Wyróżnić można tylko opublikowaną praktykę.', en: 'Only a published practice can be featured.' },
  'practice.cursor': { pl: 'Nieprawidłowy kursor strony.', en: 'Invalid page cursor.' },
  'practice.pageSize': { pl: 'Liczba wyników na stronie: od 1 do {max}.', en: 'Results per page: from 1 to {max}.' },
  'practice.criterion': { pl: 'Kryterium CAF to liczba od 1 do 9.', en: 'A CAF criterion is a number from 1 to 9.' },

  // imports: a refused request, and what nothing was saved because of (modules/imports/import-exception.filter.ts)
  'import.unavailable': {
    pl: 'Usługa jest chwilowo niedostępna; nic nie zapisano. Spróbuj ponownie za chwilę.',
    en: 'The service is briefly unavailable; nothing was saved. Please try again in a moment.',
  },
  'import.failed': {
    pl: 'Import nie powiódł się po stronie serwera; nic nie zapisano.',
    en: 'The import failed on the server; nothing was saved.',
  },
  // modules/surveys (satisfaction surveys)
  'survey.unknownKind': {
    pl: 'Ankieta jest dla klientów (CLIENT) albo pracowników (EMPLOYEE).',
    en: 'A survey is for clients (CLIENT) or employees (EMPLOYEE).',
  },
  'survey.notAnnualPeriod': {
    pl: 'Ankietę otwiera się w rocznym okresie programu.',
    en: 'A survey is opened in one of the programme’s annual periods.',
  },
  'survey.periodPassed': {
    pl: 'Termin okresu {period} minął albo okres jest zablokowany; ankiety nie można już w nim otworzyć.',
    en: 'The deadline of {period} has passed or the period is locked; no survey can be opened in it.',
  },
  'survey.alreadyOpen': {
    pl: 'Urząd ma już ankietę {kind, select, CLIENT {klientów} other {pracowników}} w okresie {period}.',
    en: 'The office already has a survey of {kind, select, CLIENT {clients} other {employees}} in {period}.',
  },
  'survey.invitationCount': {
    pl: 'Jednorazowo można utworzyć od 1 do {max} linków.',
    en: 'From 1 to {max} links can be made at a time.',
  },
  'survey.tooManyInvitations': {
    pl: 'Ankieta może mieć najwyżej {max} linków (utworzono już {invited}).',
    en: 'A survey can have at most {max} links ({invited} made already).',
  },
  'survey.clientsHaveLink': {
    pl: 'Ankieta klientów ma jeden publiczny link; jednorazowe linki są dla pracowników.',
    en: 'A client survey has one public link; single-use links are for employees.',
  },
  'survey.stale': {
    pl: 'Ktoś zmienił tę ankietę w międzyczasie. Wczytaj ją ponownie; nic nie zostało zmienione.',
    en: 'Someone changed this survey meanwhile. Reload it; nothing was changed.',
  },
  'survey.closed': { pl: 'Ankieta jest już zamknięta.', en: 'The survey is already closed.' },
  'survey.noResponses': {
    pl: 'Nie można zamknąć ankiety bez żadnej odpowiedzi: nie byłoby z czego obliczyć odsetka zadowolonych.',
    en: 'A survey without any answer cannot be closed: there would be no share of satisfied respondents to compute.',
  },
  'survey.questionsStale': {
    pl: 'Ktoś zmienił pytania w międzyczasie. Wczytaj je ponownie; Twoje zmiany nie zostały zapisane.',
    en: 'Someone changed the questions meanwhile. Reload them; your changes were not saved.',
  },
  'survey.shareComment': {
    pl: 'Z ankiety {kind, select, CLIENT {klientów} other {pracowników}} {period}: {respondents, plural, one {# respondent} few {# respondentów} many {# respondentów} other {# respondenta}}, zadowoleni to oceny 4–5 zadowolenia ogólnego.',
    en: 'From the {period} survey of {kind, select, CLIENT {clients} other {employees}}: {respondents, plural, one {# respondent} other {# respondents}}; satisfied means 4–5 on overall satisfaction.',
  },
  // modules/caf (CAF self-assessment)
  'caf.notCafPeriod': {
    pl: 'Samoocenę CAF otwiera się w okresie samooceny CAF programu.',
    en: 'A CAF self-assessment is opened in one of the programme’s CAF periods.',
  },
  'caf.periodPassed': {
    pl: 'Termin okresu {period} minął; samooceny nie można już w nim otworzyć.',
    en: 'The deadline of {period} has passed; no self-assessment can be opened in it.',
  },
  'caf.alreadyOpen': { pl: 'Urząd ma już samoocenę w okresie {period}.', en: 'The office already has a self-assessment in {period}.' },
  'caf.emptyGroup': {
    pl: 'Wybierz do zespołu samooceny od 1 do {max} osób.',
    en: 'Choose from 1 to {max} people for the self-assessment group.',
  },
  'caf.notCandidate': {
    pl: 'Do zespołu można wybrać tylko koordynatorów i asesorów CAF tego urzędu.',
    en: 'Only the office’s coordinators and CAF assessors can join the group.',
  },
  'caf.wrongState': {
    pl: 'Samoocena jest {state, select, SCORING {na etapie ocen indywidualnych} CONSENSUS {na etapie konsensusu} other {zamknięta}}; tej zmiany nie można już wprowadzić.',
    en: 'The self-assessment is {state, select, SCORING {in individual scoring} CONSENSUS {in consensus} other {closed}}; this change is not possible now.',
  },
  'caf.notInGroup': { pl: 'Nie należysz do zespołu tej samooceny.', en: 'You are not in this self-assessment’s group.' },
  'caf.unknownCode': { pl: 'Nieznane podkryterium CAF: {code}.', en: 'Unknown CAF sub-criterion: {code}.' },
  'caf.duplicateCode': { pl: 'Podkryterium {code} podano dwa razy.', en: 'Sub-criterion {code} was given twice.' },
  'caf.score': {
    pl: 'Ocena podkryterium {code} musi być liczbą całkowitą od 0 do 100.',
    en: 'The score of sub-criterion {code} must be a whole number from 0 to 100.',
  },
  'caf.text': {
    pl: 'Opis przy podkryterium {code} może mieć najwyżej {max} znaków.',
    en: 'The text of sub-criterion {code} may have at most {max} characters.',
  },
  'caf.stale': {
    pl: 'Ktoś zmienił tę samoocenę w międzyczasie. Wczytaj ją ponownie; Twoje zmiany nie zostały zapisane.',
    en: 'Someone changed this self-assessment meanwhile. Reload it; your changes were not saved.',
  },
  'caf.noAssessors': { pl: 'Zespół samooceny jest pusty.', en: 'The self-assessment group is empty.' },
  'caf.assessorIncomplete': {
    pl: '{name}: {missing, plural, one {brakuje # oceny} few {brakuje # ocen} many {brakuje # ocen} other {brakuje # oceny}}',
    en: '{name}: {missing, plural, one {# score missing} other {# scores missing}}',
  },
  'caf.assessorsIncomplete': {
    pl: 'Konsensus można rozpocząć, gdy każdy członek zespołu oceni wszystkie 28 podkryteriów. {list}.',
    en: 'Consensus can start once every member of the group has scored all 28 sub-criteria. {list}.',
  },
  'caf.consensusIncomplete': {
    pl: 'Brakuje uzgodnionej oceny {missing, plural, one {# podkryterium} few {# podkryteriów} many {# podkryteriów} other {# podkryterium}}: {codes}.',
    en: '{missing, plural, one {# sub-criterion has} other {# sub-criteria have}} no agreed score: {codes}.',
  },
  'caf.totalComment': {
    pl: 'Wynik samooceny CAF ({period}): suma 9 kryteriów uzgodnionych przez zespół.',
    en: 'CAF self-assessment result ({period}): the sum of the 9 criteria agreed by the group.',
  },
  'caf.actionTitle': { pl: 'Podaj tytuł działania (od 1 do 200 znaków).', en: 'Give the action a title of 1 to 200 characters.' },
  'caf.actionIndicator': { pl: 'Wskaźnik {code} nie należy do programu.', en: 'Indicator {code} is not in the programme.' },
  'caf.actionDate': { pl: 'Niepoprawna data: {date}.', en: 'Not a valid date: {date}.' },
  'caf.actionVersion': {
    pl: 'Podaj wersję działania, które zmieniasz (expectedVersion).',
    en: 'Give the version of the action you are changing (expectedVersion).',
  },
  'caf.actionStale': {
    pl: 'Ktoś zmienił to działanie w międzyczasie. Wczytaj plan ponownie; Twoje zmiany nie zostały zapisane.',
    en: 'Someone changed this action meanwhile. Reload the plan; your changes were not saved.',
  },
  // imports: why a whole file is refused, by FileProblemCode (modules/imports/import-messages.ts)
  'import.file.NO_FILE': {
    pl: 'Nie przesłano pliku: wyślij go jako pole „file” formularza multipart/form-data.',
    en: 'No file was sent: send it as the "file" field of a multipart/form-data form.',
  },
  'import.file.FILE_TOO_LARGE': {
    pl: 'Plik jest za duży: dopuszczalne jest {maxMb} MB. Podziel dane na kilka plików.',
    en: 'The file is too large: at most {maxMb} MB is accepted. Split the data into several files.',
  },
  'import.file.TOO_MANY_ROWS': {
    pl: 'Plik ma więcej niż {max} wierszy danych. Podziel dane na kilka plików.',
    en: 'The file has more than {max} data rows. Split the data into several files.',
  },
  'import.file.EMPTY_FILE': { pl: 'Plik jest pusty.', en: 'The file is empty.' },
  'import.file.UNSUPPORTED_FORMAT': {
    pl: 'To nie jest plik CSV ani XLSX. Zapisz arkusz jako „Skoroszyt programu Excel (.xlsx)” albo „CSV UTF-8”.',
    en: 'This is neither a CSV nor an XLSX file. Save the sheet as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
  },
  'import.file.OLD_XLS_OR_ENCRYPTED': {
    pl: 'To plik w starym formacie .xls albo skoroszyt chroniony hasłem. Zapisz go bez hasła jako .xlsx albo CSV UTF-8.',
    en: 'This is an old-format .xls file or a password-protected workbook. Save it without a password as .xlsx or CSV UTF-8.',
  },
  'import.file.ENCRYPTED': {
    pl: 'Skoroszyt jest zaszyfrowany (chroniony hasłem). Zapisz go bez hasła.',
    en: 'The workbook is encrypted (password-protected). Save it without a password.',
  },
  'import.file.MACROS': {
    pl: 'Skoroszyt zawiera makra. Zapisz go jako zwykły „Skoroszyt programu Excel (.xlsx)”, bez makr.',
    en: 'The workbook contains macros. Save it as a plain "Excel Workbook (.xlsx)", without macros.',
  },
  'import.file.XLSB': {
    pl: 'Skoroszyt binarny (.xlsb) nie jest obsługiwany. Zapisz go jako .xlsx.',
    en: 'Binary workbooks (.xlsb) are not supported. Save it as .xlsx.',
  },
  'import.file.NOT_UTF8': {
    pl: 'Plik CSV nie jest zapisany w UTF-8 (niepoprawny znak w wierszu {row}). W Excelu wybierz „CSV UTF-8 (rozdzielany przecinkami)”.',
    en: 'The CSV file is not UTF-8 (invalid character in row {row}). In Excel choose "CSV UTF-8 (Comma delimited)".',
  },
  'import.file.UTF16': {
    pl: 'Plik jest zapisany w UTF-16 („Tekst Unicode”). Zapisz go jako „CSV UTF-8”.',
    en: 'The file is UTF-16 ("Unicode Text"). Save it as "CSV UTF-8".',
  },
  'import.file.CSV_MALFORMED': {
    pl: 'Niepoprawny plik CSV w wierszu {row}: {reason, select, UNCLOSED_QUOTE {cudzysłów otwarty i niezamknięty} other {znaki po zamykającym cudzysłowie}}.',
    en: 'Malformed CSV in row {row}: {reason, select, UNCLOSED_QUOTE {a quote is opened and never closed} other {characters after a closing quote}}.',
  },
  'import.file.ZIP_MALFORMED': { pl: 'Plik XLSX jest uszkodzony ({reason}).', en: 'The XLSX file is damaged ({reason}).' },
  'import.file.XLSX_MALFORMED': { pl: 'Plik XLSX jest niepoprawny ({reason}).', en: 'The XLSX file is invalid ({reason}).' },
  'import.file.PART_TOO_LARGE': {
    pl: 'Po rozpakowaniu część skoroszytu {part} miałaby {sizeMb} MB, a dopuszczalne jest {maxMb} MB.',
    en: 'Unpacked, the workbook part {part} would take {sizeMb} MB; at most {maxMb} MB is accepted.',
  },
  'import.file.ZIP_BOMB': {
    pl: 'Część skoroszytu {part} rozpakowuje się ponad {ratio} razy: taki plik jest odrzucany jako „bomba zip”.',
    en: 'The workbook part {part} unpacks more than {ratio} times its size: such a file is refused as a zip bomb.',
  },
  'import.file.SIZE_MISMATCH': {
    pl: 'Część skoroszytu {part} jest większa, niż deklaruje plik: plik jest uszkodzony albo spreparowany.',
    en: 'The workbook part {part} is larger than the file declares: the file is damaged or crafted.',
  },
  'import.file.FORMULAS': {
    pl: 'Skoroszyt zawiera formuły ({cells}). Import nie oblicza formuł: skopiuj komórki i wklej je jako wartości.',
    en: 'The workbook contains formulas ({cells}). The import does not evaluate formulas: copy the cells and paste them as values.',
  },
  'import.file.FORMULA_INJECTION': {
    pl: 'Komórki zaczynające się od =, +, - lub @, które nie są liczbami, mogłyby zostać wykonane jako formuły ({cells}). Zmień ich pierwszy znak.',
    en: 'Cells starting with =, +, - or @ that are not numbers could run as formulas ({cells}). Change their first character.',
  },
  'import.file.NO_HEADER': {
    pl: 'Pierwszy wiersz musi zawierać nazwy kolumn, np. {expected}.',
    en: 'The first row must name the columns, e.g. {expected}.',
  },
  'import.file.UNKNOWN_COLUMNS': {
    pl: 'Nieznane kolumny: {columns}. Dozwolone: {expected}.',
    en: 'Unknown columns: {columns}. Allowed: {expected}.',
  },
  'import.file.DUPLICATE_COLUMN': { pl: 'Kolumna {column} występuje więcej niż raz.', en: 'The column {column} appears more than once.' },
  'import.file.MISSING_INDICATOR_COLUMN': {
    pl: 'Brak kolumny indicator (wskaźnik) z kodem wskaźnika.',
    en: 'The indicator column (indicator code) is missing.',
  },
  'import.file.MISSING_VALUE_COLUMNS': {
    pl: 'Brak kolumn z danymi: potrzebna jest value (wartość) albo numerator i denominator (licznik i mianownik).',
    en: 'No data columns: value, or numerator and denominator, are needed.',
  },
  'import.file.OFFICE_COLUMN_NEEDED': {
    pl: 'Brak kolumny office (urząd). Można ją pominąć tylko, gdy koordynujesz dokładnie jeden urząd w programie.',
    en: 'The office column is missing. It may be left out only when you coordinate exactly one office of the programme.',
  },
  'import.file.PERIOD_COLUMN_NEEDED': {
    pl: 'Brak kolumny period (okres). Dodaj ją albo wybierz okres (parametr periodId).',
    en: 'The period column is missing. Add it or choose the period (the periodId parameter).',
  },
  'import.file.PROGRAMME_UNKNOWN': {
    pl: 'Nie wiadomo, którego programu dotyczy plik: koordynujesz urzędy w kilku programach. Wybierz okres (parametr periodId).',
    en: 'Which programme the file is for is unclear: you coordinate offices in several programmes. Choose the period (the periodId parameter).',
  },
  'import.file.BAD_PARAMETER': { pl: 'Niepoprawny parametr {name}: {expected}.', en: 'Invalid parameter {name}: {expected}.' },
  'import.file.BAD_IDEMPOTENCY_KEY': {
    pl: 'Nagłówek Idempotency-Key musi mieć od 1 do 255 widocznych znaków ASCII.',
    en: 'The Idempotency-Key header must have 1 to 255 visible ASCII characters.',
  },
  'import.file.IDEMPOTENCY_CONFLICT': {
    pl: 'Ten klucz Idempotency-Key został już użyty do importu innego pliku. Każdy nowy plik wymaga nowego klucza.',
    en: 'This Idempotency-Key was already used to import a different file. Each new file needs a new key.',
  },
  'import.file.PERIOD_NOT_FOUND': { pl: 'Nie ma takiego okresu.', en: 'No such period.' },
  'import.file.PROGRAMME_NOT_FOUND': { pl: 'Nie ma takiego programu.', en: 'No such programme.' },
  'import.file.NOT_A_COORDINATOR': {
    pl: 'Dane importuje koordynator urzędu. Nie koordynujesz żadnego urzędu w tym programie.',
    en: 'Values are imported by an office coordinator. You coordinate no office of this programme.',
  },
  'import.file.MAY_NOT_SEE_PROGRAMME': { pl: 'Nie masz dostępu do tego programu.', en: 'You have no access to this programme.' },
  'import.file.PERIOD_LOCKED': {
    pl: 'Do okresu {period} nie można już importować: okres jest zamknięty i tylko lider programu może go ponownie otworzyć. Nic nie zmieniono.',
    en: 'Nothing can be imported into {period} any more: the period is locked and only the programme lead can reopen it. Nothing was changed.',
  },
  'import.file.PERIOD_NOT_OPEN': {
    pl: 'Do okresu {period} nie można jeszcze importować: wprowadzanie danych zaczyna się {opensAt}. Nic nie zmieniono.',
    en: 'Nothing can be imported into {period} yet: entry opens on {opensAt}. Nothing was changed.',
  },
  'import.file.SUBMISSION_NOT_EDITABLE': {
    pl: 'Do okresu {period} nie można importować. {reasons} Nic nie zmieniono.',
    en: 'Nothing can be imported into {period}. {reasons} Nothing was changed.',
  },
  // imports: a submission's status as words inside a sentence ("Sprawozdanie ... jest {status}")
  'import.status': {
    pl: '{status, select, DRAFT {w przygotowaniu} SUBMITTED {przekazane do lidera} APPROVED {zatwierdzone} RETURNED {zwrócone do poprawy} other {{status}}}',
    en: '{status, select, DRAFT {in preparation} SUBMITTED {submitted for review} APPROVED {approved} RETURNED {returned for correction} other {{status}}}',
  },
  // imports: the submission checks' sentences where the import says more (modules/imports/import-messages.ts)
  'import.entry.NOT_EDITABLE': {
    pl: 'Sprawozdanie urzędu „{office}” za okres {period} jest {statusWord}, więc nie można go teraz zmieniać{status, select, SUBMITTED {: jeśli trzeba coś poprawić, poproś lidera programu o zwrócenie go do poprawy} APPROVED {: zmienić je można dopiero, gdy lider programu ponownie je otworzy} other {}}.',
    en: 'The submission of "{office}" for {period} is {statusWord}, so it cannot be changed now{status, select, SUBMITTED {: if something needs correcting, ask the programme lead to return it} APPROVED {: it can be changed only once the programme lead reopens it} other {}}.',
  },
  'import.entry.RATIO_PARTS_REQUIRED': {
    pl: '{indicator}: podaj licznik ({numeratorLabel}) i mianownik ({denominatorLabel}); wartość wyliczy system.',
    en: '{indicator}: enter both the numerator ({numeratorLabel}) and the denominator ({denominatorLabel}); the value is computed.',
  },
  'import.entry.VALUE_NOT_FOR_RATIO': {
    pl: '{indicator}: ten wskaźnik podaje się jako licznik ({numeratorLabel}) i mianownik ({denominatorLabel}), nie jako gotową wartość.',
    en: '{indicator}: this indicator is entered as a numerator ({numeratorLabel}) and a denominator ({denominatorLabel}), not as a value.',
  },
  'import.entry.ZERO_DENOMINATOR': {
    pl: '{indicator}: mianownik ({denominatorLabel}) nie może być zerem. Jeśli nie było żadnych przypadków, zostaw pole puste i wyjaśnij w komentarzu.',
    en: '{indicator}: the denominator ({denominatorLabel}) cannot be zero. If there were no cases, leave it empty and explain in the comment.',
  },
  'import.entry.NUMERATOR_ABOVE_DENOMINATOR': {
    pl: '{indicator}: licznik ({numeratorLabel}: {numerator}) nie może być większy niż mianownik ({denominatorLabel}: {denominator}), bo jest jego częścią.',
    en: '{indicator}: the numerator ({numeratorLabel}: {numerator}) cannot exceed the denominator ({denominatorLabel}: {denominator}): it is a part of it.',
  },
  // imports: what is wrong with one cell or row, by CellProblemCode
  'import.cell.NOT_A_NUMBER': {
    pl: '„{text}” nie jest liczbą (np. 12,5 albo 12.5, bez separatorów tysięcy poza spacją).',
    en: '"{text}" is not a number (e.g. 12.5 or 12,5; no thousands separators except spaces).',
  },
  'import.cell.EXCEL_ERROR': { pl: 'Komórka zawiera błąd Excela {error}.', en: 'The cell holds the Excel error {error}.' },
  'import.cell.CELL_TOO_LONG': { pl: 'Komórka ma więcej niż {max} znaków.', en: 'The cell has more than {max} characters.' },
  'import.cell.FORMULA': { pl: 'Komórka zawiera formułę; wklej ją jako wartość.', en: 'The cell holds a formula; paste it as a value.' },
  'import.cell.FORMULA_INJECTION': {
    pl: 'Tekst zaczyna się od =, +, - lub @ i nie jest liczbą: mógłby zostać wykonany jako formuła.',
    en: 'The text starts with =, +, - or @ and is not a number: it could run as a formula.',
  },
  'import.cell.INDICATOR_MISSING': { pl: 'Brak kodu wskaźnika.', en: 'The indicator code is missing.' },
  'import.cell.OFFICE_MISSING': {
    pl: 'Brak urzędu: podaj jego identyfikator albo dokładną nazwę.',
    en: 'The office is missing: give its id or its exact name.',
  },
  'import.cell.OFFICE_UNKNOWN': { pl: 'W programie nie ma urzędu „{office}”.', en: 'The programme has no office "{office}".' },
  'import.cell.OFFICE_AMBIGUOUS': {
    pl: 'Nazwa „{office}” pasuje do kilku urzędów programu: podaj identyfikator urzędu.',
    en: 'The name "{office}" matches several offices of the programme: give the office id.',
  },
  'import.cell.PERIOD_MISSING': {
    pl: 'Brak okresu (np. 2011-Q2, 2011 albo CAF 2011).',
    en: 'The period is missing (e.g. 2011-Q2, 2011 or CAF 2011).',
  },
  'import.cell.PERIOD_UNKNOWN': { pl: 'W programie nie ma okresu „{period}”.', en: 'The programme has no period "{period}".' },
  'import.cell.PERIOD_MISMATCH': {
    pl: 'Okres „{period}” różni się od wybranego okresu {chosen}.',
    en: 'The period "{period}" differs from the chosen period {chosen}.',
  },
  'import.cell.DUPLICATE_ROW': {
    pl: 'Ten wskaźnik dla tego urzędu i okresu podano już w wierszu {first}.',
    en: 'This indicator was already given for this office and period in row {first}.',
  },
  'import.cell.ROW_PROGRAMME': {
    pl: 'Wiersz nie należy do programu, do którego importujesz.',
    en: 'The row does not belong to the programme being imported into.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number | Date>;

const LOCALES: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };
const compiled = new Map<string, IntlMessageFormat>();

/** The sentence `key` in `language` (Polish unless told otherwise), its `{parameters}` filled in. */
export function message(key: MessageKey, language: Language = 'pl', params: MessageParams = {}): string {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(MESSAGES[key][language], LOCALES[language], undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return String(format.format(params));
}
