import { TOTP } from 'otpauth';
import type { ServerProcess } from '../../src/server/testing/server-process.ts';
import { postJson, request } from './http-client.ts';

/** A staff member of `role`, created with the CLI and signed in over HTTP with a real TOTP code. */
export async function staffSession(server: ServerProcess, email: string, role: string) {
  const created = await server.cli(['user', 'create', '--email', email, '--role', role, '--json']);
  if (created.code !== 0) throw new Error(created.stderr);
  const { password, totpSecret } = JSON.parse(created.stdout) as { password: string; totpSecret: string };
  const totp = new TOTP({ secret: totpSecret, digits: 6, period: 30, algorithm: 'SHA1' });
  const login = await postJson(server.baseUrl, '/api/v1/auth/login', {
    email,
    password,
    totp: totp.generate(),
  });
  if (login.status !== 200) throw new Error(`login ${login.status}`);
  const setCookie = login.headers['set-cookie'] ?? [];
  const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = JSON.parse(login.body) as { csrfToken: string };
  const newPassword = `${password}-changed-once`;
  const changed = await postJson(
    server.baseUrl,
    '/api/v1/auth/password',
    { currentPassword: password, newPassword },
    { cookie, 'x-csrf-token': csrfToken },
  );
  if (changed.status >= 400) throw new Error(`password change ${changed.status}`);
  return {
    cookie,
    csrfToken,
    get: (path: string) => request(server.baseUrl, { path, headers: { cookie } }),
  };
}
