import { QueryFailedError } from 'typeorm';
import { transientDatabaseFailure } from './database-errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('transientDatabaseFailure', () => {
  it('finds PostgreSQL away: refused connections, dropped ones, a shutdown or restart', () => {
    expect(transientDatabaseFailure(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe('UNAVAILABLE');
    expect(transientDatabaseFailure(new Error('Connection terminated unexpectedly'))).toBe('UNAVAILABLE');
    expect(transientDatabaseFailure(withCode('terminating connection due to administrator command', '57P01'))).toBe('UNAVAILABLE');
    expect(transientDatabaseFailure(withCode('the database system is starting up', '57P03'))).toBe('UNAVAILABLE');
    expect(transientDatabaseFailure(withCode('connection failure', '08006'))).toBe('UNAVAILABLE');
    expect(transientDatabaseFailure(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'all failed'))).toBe(
      'UNAVAILABLE',
    );
  });

  it('tells a busy pool, a timeout and contention apart', () => {
    expect(transientDatabaseFailure(new Error('timeout exceeded when trying to connect'))).toBe('BUSY');
    expect(transientDatabaseFailure(withCode('sorry, too many clients already', '53300'))).toBe('BUSY');
    expect(transientDatabaseFailure(withCode('canceling statement due to statement timeout', '57014'))).toBe('TIMEOUT');
    expect(transientDatabaseFailure(withCode('canceling statement due to lock timeout', '55P03'))).toBe('TIMEOUT');
    expect(transientDatabaseFailure(withCode('deadlock detected', '40P01'))).toBe('CONTENTION');
  });

  it('looks through TypeORM wrappers and causes', () => {
    const wrapped = new QueryFailedError('SELECT 1', [], withCode('canceling statement due to statement timeout', '57014'));
    expect(transientDatabaseFailure(wrapped)).toBe('TIMEOUT');
    expect(transientDatabaseFailure(new Error('outer', { cause: new Error('Connection terminated due to connection timeout') }))).toBe(
      'UNAVAILABLE',
    );
  });

  it('leaves bugs and bad data alone', () => {
    expect(transientDatabaseFailure(withCode('invalid input syntax for type uuid: ""', '22P02'))).toBeNull();
    expect(transientDatabaseFailure(withCode('duplicate key value violates unique constraint', '23505'))).toBeNull();
    expect(transientDatabaseFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull();
    expect(transientDatabaseFailure(undefined)).toBeNull();
    expect(transientDatabaseFailure('ECONNREFUSED')).toBeNull();
  });
});
