import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../../testing/test-context.ts';
import { parseProxyLine } from './proxy-protocol.ts';

const ONION = `http://${'a'.repeat(56)}.onion`;
let ctx: TestContext;
let port: number;

beforeAll(async () => {
  ctx = await startTestContext({ FOCALPOINT_PROXY_PROTOCOL: 'true', FOCALPOINT_ONION_LOCATION: `${ONION}/` });
  ctx.deps.runtime.limits.configure({ reportPerSourceUnverified: { capacity: 1, windowSeconds: 3600 } });
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  port = (ctx.app.server.address() as net.AddressInfo).port;
});
afterAll(() => ctx?.close());

/** One HTTP/1.1 request over a fresh TCP connection, as Tor's onion service would forward it. */
function send(opts: { proxyLine?: string; method?: string; path: string; body?: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      const body = opts.body ?? '';
      socket.write(
        `${opts.proxyLine ?? ''}${opts.method ?? 'GET'} ${opts.path} HTTP/1.1\r\nHost: focalpoint.onion\r\n` +
          `Connection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      answer += d;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}
const circuit = (id: number) => `PROXY TCP6 fc00:dead:beef:4dad::${id.toString(16)} ::1 65535 42\r\n`;
const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
const report = JSON.stringify({ language: 'en', narrative: 'They watch our meetings through the window.' });

describe('an onion service in front (PROXY protocol)', () => {
  it('reads the circuit as the source: one person’s limit is not everyone else’s', async () => {
    const post = (id: number) =>
      send({ proxyLine: circuit(id), method: 'POST', path: '/api/v1/reports', body: report });
    expect(status(await post(1))).toBe(201);
    expect(status(await post(1))).toBe(429); // this circuit has spent its allowance
    expect(status(await post(2))).toBe(201); // another Tor user, through the same local address
  });

  it('closes a connection that does not name its circuit first', async () => {
    expect(await send({ path: '/healthz' })).toBe('');
    expect(await send({ proxyLine: 'PROXY NONSENSE\r\n', path: '/healthz' })).toBe('');
  });

  it('announces the onion service on public pages to Tor Browser', async () => {
    const page = await send({ proxyLine: circuit(3), path: '/en/' });
    expect(status(page)).toBe(200);
    expect(page).toMatch(new RegExp(`onion-location: ${ONION}/en/`, 'i'));
    const api = await send({ proxyLine: circuit(3), path: '/healthz' });
    expect(api).not.toMatch(/onion-location/i);
  });

  it('parses what Tor sends, and nothing else', () => {
    expect(parseProxyLine('PROXY TCP6 fc00:dead:beef:4dad::0:29 ::1 65535 42')).toBe(
      'fc00:dead:beef:4dad::0:29',
    );
    expect(parseProxyLine('PROXY TCP4 198.51.100.7 127.0.0.1 5000 80')).toBe('198.51.100.7');
    expect(parseProxyLine('PROXY UNKNOWN')).toBe('unknown');
    expect(parseProxyLine('GET / HTTP/1.1')).toBeNull();
  });
});
