import { CAF_CRITERIA, OFFICE_KINDS, PRACTICE_LIMITS, REGIONS } from '@officebench/domain';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { SelectField, type SelectOption } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { cafCriterionLabel } from '../utils/format';
import { hasFilters, type PracticeSearch, searchPath } from '../utils/search-params';

interface PracticeSearchFormProps {
  /** The search the URL holds: the form starts from it, and follows it when the URL changes (Back, a link). */
  initial: PracticeSearch;
  indicators: readonly SelectOption[];
  /** Whether the "featured by my programme" filter applies (the viewer takes part in a programme). */
  mayFilterFeatured: boolean;
  onSearch: (search: PracticeSearch) => void;
}

/** Years a practice may have been introduced in, newest first. */
function yearOptions(now = new Date()): SelectOption[] {
  const years: SelectOption[] = [];
  for (let year = now.getFullYear(); year >= PRACTICE_LIMITS.firstYear; year -= 1) years.push({ value: String(year), label: String(year) });
  return years;
}

/**
 * The search box and the filters, sent together (Enter in the box or the button): choosing a filter
 * does not reload the results by itself, so that keyboard and screen-reader users keep their place.
 */
export function PracticeSearchForm({ initial, indicators, mayFilterFeatured, onSearch }: PracticeSearchFormProps) {
  const { t, language } = useI18n();
  const [search, setSearch] = useState<PracticeSearch>(initial);
  // Following the URL by adjusting state, not by remounting: the focus stays in the box after Enter.
  const initialKey = JSON.stringify(initial);
  const [followed, setFollowed] = useState(initialKey);
  if (followed !== initialKey) {
    setFollowed(initialKey);
    setSearch(initial);
  }
  const set = <K extends keyof PracticeSearch>(field: K, value: PracticeSearch[K]) =>
    setSearch((current) => ({ ...current, [field]: value }));
  const indicatorOptions =
    initial.indicatorCode && !indicators.some(({ value }) => value === initial.indicatorCode)
      ? [...indicators, { value: initial.indicatorCode, label: initial.indicatorCode }]
      : indicators;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(search);
  }

  return (
    <form role="search" aria-label={t('practices.searchLabel')} className="practice-search" noValidate onSubmit={submit}>
      <div className="practice-search__box">
        <TextField
          id="practice-query"
          type="search"
          label={t('practices.query')}
          hint={t('practices.queryHint')}
          value={search.query}
          onChange={(value) => set('query', value)}
          maxLength={200}
        />
        <button type="submit">{t('practices.searchButton')}</button>
      </div>
      <fieldset className="practice-search__filters">
        <legend>{t('practices.filters')}</legend>
        <SelectField
          id="practice-filter-caf"
          label={t('practices.filter.caf')}
          value={search.cafCriterion === null ? '' : String(search.cafCriterion)}
          placeholder={t('practices.filter.any')}
          options={CAF_CRITERIA.map(({ number }) => ({ value: String(number), label: cafCriterionLabel(number, language) }))}
          onChange={(value) => set('cafCriterion', value ? Number(value) : null)}
        />
        <SelectField
          id="practice-filter-indicator"
          label={t('practices.filter.indicator')}
          value={search.indicatorCode}
          placeholder={t('practices.filter.any')}
          options={indicatorOptions}
          onChange={(value) => set('indicatorCode', value)}
        />
        <SelectField
          id="practice-filter-kind"
          label={t('practices.filter.kind')}
          value={search.officeKind ?? ''}
          placeholder={t('practices.filter.any')}
          options={OFFICE_KINDS.map((kind) => ({ value: kind, label: t(`officeKind.${kind}`) }))}
          onChange={(value) => set('officeKind', OFFICE_KINDS.find((kind) => kind === value) ?? null)}
        />
        <SelectField
          id="practice-filter-region"
          label={t('practices.filter.region')}
          value={search.region}
          placeholder={t('practices.filter.any')}
          options={REGIONS.map((region) => ({ value: region, label: region }))}
          onChange={(value) => set('region', value)}
        />
        <SelectField
          id="practice-filter-year"
          label={t('practices.filter.year')}
          value={search.year === null ? '' : String(search.year)}
          placeholder={t('practices.filter.any')}
          options={yearOptions()}
          onChange={(value) => set('year', value ? Number(value) : null)}
        />
        {initial.tag && (
          <p className="practice-search__tag">
            {t('practices.filter.tagOnly', { tag: initial.tag })}{' '}
            <Link to={searchPath({ ...initial, tag: '' })}>{t('practices.filter.anyTag')}</Link>
          </p>
        )}
        {mayFilterFeatured && (
          <div className="field field--checkbox">
            <input
              id="practice-filter-featured"
              type="checkbox"
              checked={search.featured}
              onChange={(event) => set('featured', event.target.checked)}
            />
            <label htmlFor="practice-filter-featured">{t('practices.filter.featured')}</label>
          </div>
        )}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="secondary">
          {t('practices.applyFilters')}
        </button>
        {(hasFilters(initial) || initial.query) && <Link to={searchPath()}>{t('practices.clearAll')}</Link>}
      </div>
    </form>
  );
}
