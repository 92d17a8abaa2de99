import { useContext, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n, useT } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { SelectField } from '../../../components/SelectField';
import { useSessionUser } from '../../../lib/session/useAuth';
import { SessionExpiryContext } from '../../../lib/session/session-expiry-context';
import type { ImportPeriod } from '../graphql/import-periods.query';
import { useImportPeriods } from '../hooks/useImportPeriods';
import { newIdempotencyKey } from '../utils/idempotency-key';
import {
  importColumnKey,
  importUrl,
  parseImportResult,
  PERIOD_REFUSALS,
  submissionPagePath,
  templateUrl,
  uploadFailure,
  type ImportError,
  type ImportResult,
  type UploadFailure,
} from '../utils/import-api';
import { uploadFile } from '../utils/upload';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; loaded: number; total: number; dryRun: boolean }
  | { kind: 'processing'; dryRun: boolean }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; failure: UploadFailure };

/** One chosen file for one period, with a key per mode: a retry of the same request sends the same key. */
interface Choice {
  file: File;
  periodId: string;
  keys: { dryRun: string; run: string };
  /** The dry run of this choice found no errors: the import may go ahead. */
  checked: boolean;
}

const FILE_ID = 'import-file';
const PERIOD_ID = 'import-period';

/** `/programmes/:programmeId/import`: values from a CSV or XLSX file, checked first, applied all or nothing. */
export function ImportPage() {
  const t = useT();
  const { programmeId = '' } = useParams();
  const user = useSessionUser();
  // The API takes imports from the coordinators of the programme's offices only.
  const allowed = user.roles.some(({ role, programme }) => programme?.id === programmeId && role === 'OFFICE_COORDINATOR');
  const result = useImportPeriods(programmeId);

  if (!allowed) {
    return (
      <>
        <title>{`${t('accounts.forbiddenTitle')} – ${t('app.name')}`}</title>
        <PageHeading>{t('accounts.forbiddenTitle')}</PageHeading>
        <p>{t('import.forbidden')}</p>
      </>
    );
  }
  return (
    <QueryView result={result}>
      {({ programme, importPeriods }) => {
        if (!programme) {
          return (
            <>
              <PageHeading>{t('notFound.title')}</PageHeading>
              <p>{t('programme.notFound')}</p>
            </>
          );
        }
        // Offered: the open periods where one of the caller's offices can still take values (not handed in),
        // the latest first and, of two starting together (a quarter and a CAF period), the one due first.
        const byStart = (a: ImportPeriod, b: ImportPeriod) =>
          b.period.startsOn.localeCompare(a.period.startsOn) || String(a.period.deadline).localeCompare(String(b.period.deadline));
        const offered = importPeriods
          .filter(({ importable }) => importable)
          .sort(byStart)
          .map(({ period }) => period);
        return (
          <>
            <title>{`${t('import.title')} – ${t('app.name')}`}</title>
            <p className="eyebrow">{programme.name}</p>
            <PageHeading>{t('import.title')}</PageHeading>
            <ImportForm programmeId={programmeId} periods={offered} onPeriodsStale={() => void result.refetch().catch(() => undefined)} />
            <NotOffered periods={[...importPeriods].sort(byStart)} />
          </>
        );
      }}
    </QueryView>
  );
}

type OfferedPeriod = ImportPeriod['period'];

/**
 * The choice of period, the template, the file and what became of it. It stays when the choice empties
 * (a refusal because the period was handed in meanwhile refreshes the choice): its answer stays shown.
 */
function ImportForm({
  programmeId,
  periods,
  onPeriodsStale,
}: {
  programmeId: string;
  periods: readonly OfferedPeriod[];
  onPeriodsStale: () => void;
}) {
  const { t, language } = useI18n();
  const sessionExpiry = useContext(SessionExpiryContext);
  const [periodId, setPeriodId] = useState(periods[0]?.id ?? '');
  const [choice, setChoice] = useState<Choice | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const busy = phase.kind === 'uploading' || phase.kind === 'processing';
  // The chosen period, or the first one offered when it is no longer offered.
  const period = periods.find(({ id }) => id === periodId) ?? periods[0];

  function choose(file: File | null, forPeriod: string) {
    setPhase({ kind: 'idle' });
    setErrors([]);
    setChoice(file ? { file, periodId: forPeriod, keys: { dryRun: newIdempotencyKey(), run: newIdempotencyKey() }, checked: false } : null);
  }

  async function send(dryRun: boolean) {
    if (!choice) {
      setErrors([{ fieldId: FILE_ID, text: t('import.fileMissing') }]);
      return;
    }
    setErrors([]);
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'uploading', loaded: 0, total: choice.file.size, dryRun });
    const answer = await uploadFile({
      url: importUrl(choice.periodId, dryRun),
      file: choice.file,
      fileName: choice.file.name,
      idempotencyKey: dryRun ? choice.keys.dryRun : choice.keys.run,
      language,
      signal: controller.signal,
      onProgress: (loaded, total) => setPhase({ kind: 'uploading', loaded, total, dryRun }),
      onUploaded: () => setPhase({ kind: 'processing', dryRun }),
    });
    if (controller.signal.aborted) return;
    // A refused file may come with any status: what has the shape of a result is one.
    const result = parseImportResult(answer.body);
    if (result) {
      setPhase({ kind: 'done', result });
      if (result.dryRun && result.errors.length === 0)
        setChoice((current) => (current === choice ? { ...current, checked: true } : current));
      return;
    }
    const failure = uploadFailure(answer.status, answer.body);
    setPhase({ kind: 'failed', failure });
    if (failure.kind === 'UNAUTHENTICATED') sessionExpiry.notify();
    // The period was handed in or locked since the page was loaded: the choice is refreshed.
    if (failure.kind === 'REFUSED' && failure.code !== null && PERIOD_REFUSALS.includes(failure.code)) onPeriodsStale();
  }

  const failureText = (failure: UploadFailure) => {
    switch (failure.kind) {
      case 'REFUSED':
        return failure.message;
      case 'TOO_LARGE':
        return t('import.tooLarge');
      case 'NETWORK':
        return t('error.NETWORK');
      case 'SERVER':
        return t('error.INTERNAL_SERVER_ERROR');
      default:
        return t(`error.${failure.kind}`);
    }
  };

  return (
    <>
      {periods.length === 0 ? <p>{t('import.noPeriods')}</p> : <p>{t('import.intro')}</p>}
      <ErrorSummary errors={errors} />
      {period && (
        <form
          noValidate
          className="form"
          aria-busy={busy}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void send(true);
          }}
        >
          <SelectField
            id={PERIOD_ID}
            label={t('import.period')}
            value={period.id}
            disabled={busy}
            onChange={(value) => {
              setPeriodId(value);
              // A key belongs to one request: another period is another request.
              choose(choice?.file ?? null, value);
            }}
            options={periods.map(({ id, label }) => ({ value: id, label }))}
          />
          <p>
            <a href={templateUrl(programmeId, period.id, language)} download>
              {t('import.template', { period: period.label })}
            </a>
          </p>
          <div className="field">
            <label htmlFor={FILE_ID}>{t('import.file')}</label>
            <p id={`${FILE_ID}-hint`} className="field__hint">
              {t('import.fileHint')}
            </p>
            <input
              id={FILE_ID}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${FILE_ID}-hint`}
              disabled={busy}
              onChange={(event) => choose(event.target.files?.[0] ?? null, period.id)}
            />
          </div>
          <div className="form__actions">
            <button type="submit" disabled={busy}>
              {t('import.check')}
            </button>
            <button type="button" className="secondary" disabled={busy || !choice?.checked} onClick={() => void send(false)}>
              {t('import.run')}
            </button>
          </div>
        </form>
      )}
      <ImportProgress phase={phase} />
      {phase.kind === 'failed' && (
        <>
          <div role="alert" className="error-summary">
            {phase.failure.kind === 'REFUSED' ? (
              <>
                <p className="error-summary__title">{t('import.refusedTitle')}</p>
                <p>{phase.failure.message}</p>
              </>
            ) : (
              <p className="error-summary__title">{t('import.failed', { reason: failureText(phase.failure) })}</p>
            )}
          </div>
          {phase.failure.kind === 'REFUSED' && phase.failure.errors.length > 0 && (
            <ImportErrors errors={phase.failure.errors} count={phase.failure.errors.length} />
          )}
        </>
      )}
      {phase.kind === 'done' && <ImportResultView programmeId={programmeId} result={phase.result} />}
    </>
  );
}

/** The open periods the page does not offer, and why: each of the caller's offices that handed in. */
function NotOffered({ periods }: { periods: readonly ImportPeriod[] }) {
  const t = useT();
  const items = periods.flatMap(({ period, offices }) =>
    offices
      .filter(({ importable, status }) => !importable && (status === 'SUBMITTED' || status === 'APPROVED'))
      .map(({ officeId, officeName, status }) => ({
        key: `${period.id}/${officeId}`,
        text: t('import.notOffered', {
          period: period.label,
          office: officeName,
          status: t(`import.officeStatus.${status as 'SUBMITTED' | 'APPROVED'}`),
        }),
      })),
  );
  if (items.length === 0) return null;
  return (
    <Section title={t('import.notOfferedTitle')}>
      <ul>
        {items.map(({ key, text }) => (
          <li key={key}>{text}</li>
        ))}
      </ul>
    </Section>
  );
}

function ImportProgress({ phase }: { phase: Phase }) {
  const t = useT();
  if (phase.kind === 'uploading') {
    const percent = phase.total > 0 ? Math.round((phase.loaded / phase.total) * 100) : 0;
    return (
      <div className="import-progress">
        <progress max={100} value={percent} aria-label={t('import.progress')} aria-valuetext={`${percent}%`} />
        <p role="status">{t('import.uploading', { percent })}</p>
      </div>
    );
  }
  if (phase.kind === 'processing') {
    return (
      <div className="import-progress">
        {/* Without a value: the server's work has no measurable progress. */}
        <progress aria-label={t('import.progress')} />
        <p role="status">{t('import.processing')}</p>
      </div>
    );
  }
  return null;
}

function ImportResultView({ programmeId, result }: { programmeId: string; result: ImportResult }) {
  const t = useT();
  const failed = result.errors.length > 0;
  const summary = result.dryRun
    ? failed
      ? t('import.dryRunErrors', { count: result.errors.length })
      : t('import.dryRunOk', { rows: result.rows, values: result.values })
    : result.applied
      ? result.changed === 0
        ? t('import.appliedUnchanged', { values: result.values })
        : t('import.applied', { changed: result.changed, unchanged: result.values - result.changed })
      : t('import.notApplied', { count: result.errors.length });
  return (
    <>
      {failed ? (
        <div role="alert" className="error-summary">
          <p className="error-summary__title">{summary}</p>
        </div>
      ) : (
        <Notice key={summary} takeFocus>
          <p>{summary}</p>
          {result.applied && result.targets.length > 0 && (
            <>
              <p>{t('import.nextIntro')}</p>
              <ul>
                {result.targets.map((target) => (
                  <li key={`${target.officeId}/${target.periodId}`}>
                    <Link to={submissionPagePath(programmeId, target.officeId, target.periodId)}>
                      {t('import.next', { office: target.office, period: target.period })}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Notice>
      )}
      {failed && <ImportErrors errors={result.errors} count={result.errorCount} />}
    </>
  );
}

/** The problems by row and column, as a table (row numbers as the spreadsheet shows them). */
function ImportErrors({ errors, count }: { errors: readonly ImportError[]; count: number }) {
  const t = useT();
  const columnText = ({ column, cell }: ImportError) => {
    const key = importColumnKey(column);
    const name = key ? t(key) : column;
    return cell ? t('import.cell', { column: name, cell }) : name;
  };
  return (
    <Section title={t('import.errorsTitle')}>
      {count > errors.length && <p>{t('import.errorsTruncated', { shown: errors.length, count })}</p>}
      <DataTable
        caption={t('import.errorsTitle')}
        columns={[t('import.row'), t('import.column'), t('import.message')]}
        rows={errors.map((error, index) => ({ key: `${index}`, cells: [error.row, columnText(error), error.message] }))}
      />
    </Section>
  );
}
