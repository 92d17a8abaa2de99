import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a ratio indicator's numerator and denominator count, in Polish as well as English: the Polish
 * form, the import template and the import's messages named them only "licznik" and "mianownik".
 * The English labels keep their values under clearer names (`*_label_en`); the Polish ones are filled
 * here for the catalogue's indicators, and from the English label for any other ratio indicator (a
 * programme's own indicator), so that the check below holds for every row: a ratio indicator says
 * what both of its parts count in both languages (all four labels, none blank), a value indicator has
 * no labels at all (the old check let a value indicator keep one of them).
 */
const POLISH_LABELS: ReadonlyArray<readonly [code: string, numerator: string, denominator: string]> = [
  ['CLIENT_SATISFIED_PCT', 'respondenci zadowoleni lub bardzo zadowoleni', 'wszyscy respondenci badania klientów'],
  ['EMPLOYEE_SATISFIED_PCT', 'pracownicy zadowoleni lub bardzo zadowoleni', 'pracownicy, którzy wypełnili ankietę'],
  ['CASE_HANDLING_DAYS', 'suma dni od wpływu do załatwienia sprawy', 'sprawy załatwione'],
  ['CASES_ON_TIME_PCT', 'sprawy załatwione w terminie', 'sprawy załatwione'],
  ['APPEALS_OVERTURNED_PCT', 'decyzje uchylone w postępowaniu odwoławczym', 'decyzje, od których się odwołano'],
  ['LOCAL_LAW_INVALIDATED_PCT', 'akty zakwestionowane w trybie nadzoru wojewody', 'akty prawa miejscowego podjęte'],
  ['COMPLAINTS_PER_1000_CASES', 'skargi, które wpłynęły', 'sprawy załatwione'],
  ['DESK_WAIT_MINUTES', 'łączny czas oczekiwania klientów (minuty)', 'klienci obsłużeni'],
  ['E_APPLICATIONS_PCT', 'wnioski złożone elektronicznie', 'wszystkie wnioski, które wpłynęły'],
  ['E_DOCUMENT_FLOW_PCT', 'dokumenty w obiegu elektronicznym', 'dokumenty zarejestrowane'],
  ['TRAINING_HOURS_PER_EMPLOYEE', 'godziny szkoleń', 'pracownicy (przeciętne zatrudnienie)'],
  ['EMPLOYEES_TRAINED_PCT', 'pracownicy, którzy ukończyli co najmniej jedno szkolenie', 'pracownicy (przeciętne zatrudnienie)'],
  ['STAFF_TURNOVER_PCT', 'pracownicy, którzy odeszli', 'pracownicy (przeciętne zatrudnienie)'],
  ['ABSENCE_RATE_PCT', 'dni robocze utracone z powodu choroby', 'zaplanowane dni robocze'],
  ['COST_PER_CASE_PLN', 'administracyjne koszty działania (zł)', 'sprawy załatwione'],
  ['CORRECTIVE_ACTIONS_ON_TIME_PCT', 'działania korygujące zamknięte w terminie', 'działania korygujące z terminem w okresie'],
  ['INTERNAL_AUDITS_DONE_PCT', 'audyty wewnętrzne przeprowadzone', 'audyty wewnętrzne zaplanowane'],
  ['IMPROVEMENT_ACTIONS_DONE_PCT', 'działania doskonalące zrealizowane', 'działania doskonalące zaplanowane do tej pory'],
  ['BIP_UPDATES_ON_TIME_PCT', 'aktualizacje BIP opublikowane w terminie', 'aktualizacje BIP do opublikowania'],
];

export class PolishRatioLabels1764700000000 implements MigrationInterface {
  name = 'PolishRatioLabels1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE indicator DROP CONSTRAINT indicator_ratio_labels;
      ALTER TABLE indicator RENAME COLUMN numerator_label TO numerator_label_en;
      ALTER TABLE indicator RENAME COLUMN denominator_label TO denominator_label_en;
      ALTER TABLE indicator ADD COLUMN numerator_label_pl text, ADD COLUMN denominator_label_pl text;
    `);
    await queryRunner.query(
      `UPDATE indicator i SET numerator_label_pl = l.numerator, denominator_label_pl = l.denominator
         FROM unnest($1::text[], $2::text[], $3::text[]) AS l(code, numerator, denominator)
        WHERE i.code = l.code AND i.input_kind = 'RATIO'`,
      [POLISH_LABELS.map((l) => l[0]), POLISH_LABELS.map((l) => l[1]), POLISH_LABELS.map((l) => l[2])],
    );
    await queryRunner.query(`
      UPDATE indicator SET numerator_label_pl = numerator_label_en, denominator_label_pl = denominator_label_en
       WHERE input_kind = 'RATIO' AND numerator_label_pl IS NULL;
      ALTER TABLE indicator ADD CONSTRAINT indicator_ratio_labels CHECK (
        num_nonnulls(numerator_label_pl, denominator_label_pl, numerator_label_en, denominator_label_en)
          = CASE input_kind WHEN 'RATIO' THEN 4 ELSE 0 END
        AND length(btrim(numerator_label_pl)) > 0 AND length(btrim(denominator_label_pl)) > 0
        AND length(btrim(numerator_label_en)) > 0 AND length(btrim(denominator_label_en)) > 0
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE indicator DROP CONSTRAINT indicator_ratio_labels;
      ALTER TABLE indicator DROP COLUMN numerator_label_pl, DROP COLUMN denominator_label_pl;
      ALTER TABLE indicator RENAME COLUMN numerator_label_en TO numerator_label;
      ALTER TABLE indicator RENAME COLUMN denominator_label_en TO denominator_label;
      ALTER TABLE indicator ADD CONSTRAINT indicator_ratio_labels
        CHECK ((input_kind = 'RATIO') = (numerator_label IS NOT NULL AND denominator_label IS NOT NULL));
    `);
  }
}
