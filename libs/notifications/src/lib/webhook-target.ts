import { createHmac, timingSafeEqual } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

/** Where a webhook may point: which schemes, and whether loopback is tolerated (tests). */
export interface TargetPolicy {
  production: boolean;
  allowLoopback: boolean;
}

// Addresses a webhook must never reach: the host itself, private networks, link-local (cloud
// metadata at 169.254.169.254), unique-local, multicast, and the reserved rest.
const FORBIDDEN = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv6');
}
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Thrown for a URL or an address a webhook may not use; `reason` is stable, for the API's error. */
export class UnsafeTargetError extends Error {
  constructor(
    readonly reason: 'SCHEME' | 'URL' | 'ADDRESS' | 'UNRESOLVED',
    message: string,
  ) {
    super(message);
    this.name = 'UnsafeTargetError';
  }
}

/** Why an IP address may not be a webhook's target, or null when it may. IPv4-mapped IPv6 is judged as IPv4. */
export function addressProblem(address: string, policy: TargetPolicy): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? mapped[1] : address;
  const family = isIP(ip);
  if (family === 0) return `"${address}" is not an IP address`;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (LOOPBACK.check(ip, type)) {
    return policy.allowLoopback && !policy.production ? null : `${address} is a loopback address`;
  }
  if (FORBIDDEN.check(ip, type)) return `${address} is a private, link-local, multicast or reserved address`;
  return null;
}

/** Checks the form of a webhook URL: http(s) (https in production), a host, no credentials. */
export function parseTargetUrl(raw: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeTargetError('URL', 'url must be an absolute http(s) URL');
  }
  const schemes = policy.production ? ['https:'] : ['https:', 'http:'];
  if (!schemes.includes(url.protocol)) {
    throw new UnsafeTargetError('SCHEME', `url must use ${policy.production ? 'https' : 'http or https'}, not ${url.protocol.replace(':', '')}`);
  }
  if (url.username || url.password) throw new UnsafeTargetError('URL', 'url must not carry credentials');
  if (!url.hostname) throw new UnsafeTargetError('URL', 'url must name a host');
  return url;
}

/**
 * Resolves the URL's host and refuses it when any of its addresses is forbidden (a name that
 * resolves to both a public and a private address is refused as a whole).
 */
export async function assertSafeTarget(raw: string, policy: TargetPolicy): Promise<URL> {
  const url = parseTargetUrl(raw, policy);
  const addresses = await resolveAll(hostOf(url));
  for (const a of addresses) {
    const problem = addressProblem(a.address, policy);
    if (problem) throw new UnsafeTargetError('ADDRESS', `url resolves to ${problem}`);
  }
  return url;
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  if (isIP(host)) return Promise.resolve([{ address: host, family: isIP(host) }]);
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) =>
      error || addresses.length === 0 ? reject(new UnsafeTargetError('UNRESOLVED', `url host ${host} does not resolve`)) : resolve(addresses),
    ),
  );
}

/** The signature header's value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signature(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * What a receiver does: recomputes the HMAC over "<t>.<body>" and compares in constant time,
 * refusing signatures older than `toleranceSeconds` (replays).
 */
export function verifySignature(secret: string, body: string, header: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, body, t).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Outcome of one delivery attempt. */
export interface DeliveryOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * POSTs a signed body. The connection goes to the address checked here (the lookup is pinned, so
 * a name cannot resolve to a public address for the check and a private one for the request);
 * redirects are not followed; 10 seconds at most.
 */
export async function deliver(
  raw: string,
  body: string,
  headers: Record<string, string>,
  policy: TargetPolicy,
  timeoutMs = 10_000,
): Promise<DeliveryOutcome> {
  let url: URL;
  try {
    url = await assertSafeTarget(raw, policy);
  } catch (error) {
    return { ok: false, status: null, error: (error as Error).message };
  }
  const pinned: RequestOptions['lookup'] = (hostname, options, callback) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const bad = addresses.map((a) => addressProblem(a.address, policy)).find((p) => p !== null);
      if (bad) return callback(new UnsafeTargetError('ADDRESS', `url resolves to ${bad}`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<DeliveryOutcome>((resolve) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString(), 'user-agent': 'Rapor-Webhook/1', ...headers },
        lookup: isIP(hostOf(url)) ? undefined : pinned,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          resolve({ ok, status, error: ok ? null : `HTTP ${status}` });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ ok: false, status: null, error: error.message }));
    req.end(body);
  });
}
