import { isDatabaseUnavailable, mapDatabaseError } from './errors';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('an unavailable database', () => {
  it('is recognised in every shape it arrives in', () => {
    const cases: unknown[] = [
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P03', 'the database system is starting up'),
      pgError('08P01', 'server login has been failing, try again later (server_login_retry)'),
      pgError('08006'),
      pgError('53300', 'sorry, too many clients already'),
      { errno: -111, code: 'ECONNREFUSED', syscall: 'connect' },
      new Error('timeout exceeded when trying to connect'),
      new Error('Connection terminated unexpectedly'),
      { name: 'QueryFailedError', driverError: pgError('57P01') },
      { name: 'NonErrorThrown', thrownValue: { code: 'ECONNRESET' } },
      new Error('server_login_retry'),
      Object.assign(new Error('Database connection provided by a query runner was already released'), { name: 'QueryRunnerProviderAlreadyReleasedError' }),
    ];
    for (const error of cases) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(mapDatabaseError(error)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfter: 2 } });
    }
  });

  it('is not a client error or a bug', () => {
    for (const error of [pgError('23505'), pgError('22021'), pgError('42501'), new Error('boom'), null, undefined, 'text']) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
    expect(mapDatabaseError(pgError('22021'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
