import { importColumnKey, importUrl, parseImportResult, submissionPagePath, templateUrl, uploadFailure } from './import-api';

describe('import URLs', () => {
  it('names the period and the mode', () => {
    expect(importUrl('p 1', true)).toBe('/api/import?periodId=p%201&dryRun=true');
    expect(importUrl('p1', false)).toBe('/api/import?periodId=p1&dryRun=false');
    expect(templateUrl('g&1', 'p1', 'en')).toBe('/api/import/template?programmeId=g%261&periodId=p1&lang=en');
  });

  it('leads on to the submission page of an office and period', () => {
    expect(submissionPagePath('g 1', 'o1', 'p/1')).toBe('/programmes/g%201/offices/o1/periods/p%2F1');
  });
});

describe('parseImportResult', () => {
  it('reads the answer, errors by row and column', () => {
    const body = {
      applied: false,
      dryRun: true,
      rows: 3,
      values: 40,
      changed: 0,
      errors: [{ row: 4, column: 'value', cell: 'E4', code: 'NOT_A_NUMBER', message: 'Nie liczba' }],
      errorCount: 250,
    };
    expect(parseImportResult(body)).toEqual({
      applied: false,
      dryRun: true,
      rows: 3,
      values: 40,
      changed: 0,
      errors: [{ row: 4, column: 'value', cell: 'E4', message: 'Nie liczba' }],
      errorCount: 250,
      targets: [],
    });
  });

  it('reads how many values changed and the offices and periods imported into', () => {
    const target = { officeId: 'o1', office: 'Urząd Gminy', periodId: 'p1', period: '2025-Q4' };
    const result = parseImportResult({
      applied: true,
      dryRun: false,
      rows: 14,
      values: 9,
      changed: 1,
      errors: [],
      targets: [target, { x: 1 }],
    });
    expect(result).toMatchObject({ changed: 1, targets: [target] });
    // an answer stored before these fields existed
    expect(parseImportResult({ applied: true, dryRun: false, rows: 1, values: 1, errors: [] })).toMatchObject({ changed: 0, targets: [] });
  });

  it('counts the listed errors when the total is missing or smaller', () => {
    expect(parseImportResult({ applied: true, dryRun: false, rows: 1, values: 1, errors: [] })?.errorCount).toBe(0);
    expect(parseImportResult({ applied: false, dryRun: true, rows: 1, values: 1, errors: [{ row: 2 }], errorCount: 0 })?.errorCount).toBe(
      1,
    );
  });

  it('fills odd error fields rather than dropping the error', () => {
    expect(parseImportResult({ applied: false, dryRun: true, rows: 1, values: 0, errors: [{ row: '2', column: 3 }, 'x'] })?.errors).toEqual(
      [{ row: 0, column: '3', cell: null, message: '' }],
    );
  });

  it('is null for anything else', () => {
    expect(parseImportResult(null)).toBeNull();
    expect(parseImportResult({ message: 'File too large', statusCode: 413 })).toBeNull();
    expect(parseImportResult({ applied: true, dryRun: false, rows: -1, values: 0, errors: [] })).toBeNull();
  });
});

describe('uploadFailure', () => {
  it('tells the kinds of failure apart by status', () => {
    expect(uploadFailure(0, null)).toEqual({ kind: 'NETWORK' });
    expect(uploadFailure(401, { message: 'Unauthorized' })).toEqual({ kind: 'UNAUTHENTICATED' });
    expect(uploadFailure(403, null)).toEqual({ kind: 'FORBIDDEN' });
    expect(uploadFailure(413, null)).toEqual({ kind: 'TOO_LARGE' });
    expect(uploadFailure(429, null)).toEqual({ kind: 'RATE_LIMITED' });
    expect(uploadFailure(502, null)).toEqual({ kind: 'SERVER' });
  });

  it('tells a database that is away for a moment (503, nothing imported) from a server error', () => {
    const body = { code: 'SERVICE_UNAVAILABLE', message: 'The database is not available at the moment.', retryAfterSeconds: 5 };
    expect(uploadFailure(503, body)).toEqual({ kind: 'SERVICE_UNAVAILABLE' });
    expect(uploadFailure(503, null)).toEqual({ kind: 'SERVICE_UNAVAILABLE' });
    expect(uploadFailure(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' })).toEqual({ kind: 'SERVER' });
  });

  it('keeps the server’s explanation of a refused file', () => {
    expect(uploadFailure(400, { code: 'UNSUPPORTED_FORMAT', message: 'Plik nie jest arkuszem XLSX ani CSV.' })).toEqual({
      kind: 'REFUSED',
      code: 'UNSUPPORTED_FORMAT',
      message: 'Plik nie jest arkuszem XLSX ani CSV.',
      errors: [],
    });
    expect(uploadFailure(400, { message: ['periodId must be a UUID', 'dryRun must be a boolean'] })).toEqual({
      kind: 'REFUSED',
      code: null,
      message: 'periodId must be a UUID dryRun must be a boolean',
      errors: [],
    });
  });

  it('keeps the cells at fault of a refused file', () => {
    const body = {
      code: 'FORMULAS',
      message: 'Plik zawiera formuły.',
      errors: [{ row: 3, column: 'value', cell: 'E3', code: 'FORMULA', message: 'Formuła w komórce.' }],
    };
    expect(uploadFailure(400, body)).toEqual({
      kind: 'REFUSED',
      code: 'FORMULAS',
      message: 'Plik zawiera formuły.',
      errors: [{ row: 3, column: 'value', cell: 'E3', message: 'Formuła w komórce.' }],
    });
    expect(uploadFailure(400, null)).toEqual({ kind: 'SERVER' });
  });
});

describe('importColumnKey', () => {
  it('names the known columns and leaves others as they are', () => {
    expect(importColumnKey('numerator')).toBe('importColumn.numerator');
    expect(importColumnKey('Kolumna X')).toBeNull();
  });
});
