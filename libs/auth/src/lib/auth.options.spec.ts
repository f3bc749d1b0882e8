import { resolveAuthOptions } from './auth.options';

describe('auth options', () => {
  it('turns the JWT secret into a secret KeyObject once (no public-key attempt per verify)', () => {
    const options = resolveAuthOptions({ jwtSecret: 'a'.repeat(40) });
    expect(options.jwtKey.type).toBe('secret');
    expect(options.jwtKey.export().toString('utf8')).toBe('a'.repeat(40));
  });

  it('refuses a short secret', () => {
    expect(() => resolveAuthOptions({ jwtSecret: 'short' })).toThrow(/32 characters/);
  });
});
