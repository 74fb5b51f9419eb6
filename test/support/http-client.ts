import http from 'node:http';

/**
 * A tiny HTTP client that can choose its source address on the loopback network (127.0.0.2, 127.0.0.3,
 * …), so tests can play several distinct senders against per-source limits without leaving the machine.
 */
export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function request(
  baseUrl: string,
  opts: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    from?: string;
    timeoutMs?: number;
    /** A keep-alive agent (bound to a source address) instead of one connection per request. */
    agent?: http.Agent;
  },
): Promise<Answer> {
  const url = new URL(opts.path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        ...(opts.from && !opts.agent ? { localAddress: opts.from } : {}),
        agent: opts.agent ?? false,
        timeout: opts.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

export function postJson(
  baseUrl: string,
  path: string,
  payload: unknown,
  headers: Record<string, string> = {},
  from?: string,
  agent?: http.Agent,
) {
  return request(baseUrl, {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
    ...(from ? { from } : {}),
    ...(agent ? { agent } : {}),
  });
}
