import { addressProblem, assertSafeTarget, parseTargetUrl, signature, UnsafeTargetError, verifySignature } from './webhook-target';

const production = { production: true, allowLoopback: false };
const tests = { production: false, allowLoopback: true };

describe('webhook targets (SSRF)', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.5',
    '172.16.3.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
  ])('refuses %s in production', (ip) => {
    expect(addressProblem(ip, production)).not.toBeNull();
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts the public address %s', (ip) => {
    expect(addressProblem(ip, production)).toBeNull();
  });

  it('tolerates loopback only when the flag is on outside production; never a private network', () => {
    expect(addressProblem('127.0.0.1', tests)).toBeNull();
    expect(addressProblem('::1', tests)).toBeNull();
    expect(addressProblem('10.0.0.1', tests)).not.toBeNull();
    expect(addressProblem('169.254.169.254', tests)).not.toBeNull();
    expect(addressProblem('127.0.0.1', { production: true, allowLoopback: true })).not.toBeNull();
    expect(addressProblem('127.0.0.1', { production: false, allowLoopback: false })).not.toBeNull();
  });

  it('wants https in production, http(s) elsewhere, and no credentials', () => {
    expect(() => parseTargetUrl('http://example.org/hook', production)).toThrow(/https/);
    expect(parseTargetUrl('http://example.org/hook', tests).host).toBe('example.org');
    for (const bad of ['ftp://example.org/x', 'file:///etc/passwd', 'gopher://example.org', 'https://user:pw@example.org/', '/relative']) {
      expect(() => parseTargetUrl(bad, tests)).toThrow(UnsafeTargetError);
    }
  });

  it('resolves names and refuses one that points inside', async () => {
    await expect(assertSafeTarget('https://127.0.0.1/hook', production)).rejects.toMatchObject({ reason: 'ADDRESS' });
    await expect(assertSafeTarget('https://10.1.2.3/hook', production)).rejects.toMatchObject({ reason: 'ADDRESS' });
    await expect(assertSafeTarget('https://169.254.169.254/latest/meta-data', production)).rejects.toMatchObject({ reason: 'ADDRESS' });
    await expect(assertSafeTarget('https://[::1]/hook', production)).rejects.toMatchObject({ reason: 'ADDRESS' });
    // "localhost" resolves to loopback: refused by what it resolves to, not by its name.
    await expect(assertSafeTarget('https://localhost/hook', production)).rejects.toMatchObject({ reason: 'ADDRESS' });
    await expect(assertSafeTarget('https://name.invalid/hook', production)).rejects.toMatchObject({ reason: 'UNRESOLVED' });
  });
});

describe('webhook signatures', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 and verifies within the tolerance only', () => {
    const header = signature('whsec_test', '{"a":1}', 1_700_000_000);
    // `echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test`
    expect(header).toBe('t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789');
    expect(verifySignature('whsec_test', '{"a":1}', header, 1_700_000_100)).toBe(true);
    expect(verifySignature('whsec_test', '{"a":2}', header, 1_700_000_100)).toBe(false);
    expect(verifySignature('whsec_test', '{"a":1}', header, 1_700_001_000)).toBe(false);
    expect(verifySignature('whsec_test', '{"a":1}', 'v1=abc', 1_700_000_000)).toBe(false);
  });
});
