import { chmod, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { AppDeps } from '../deps.ts';
import { type AdminEvent, type Operations, runOperation } from './operation.ts';

/**
 * The CLI's way into a running server. PGlite belongs to the server's process, so while it runs the CLI
 * sends `{"operation","args"}` over this Unix socket (mode 0600, in the data directory, so only the
 * operating-system user who runs FocalPoint can connect) and the server runs the same operation code
 * the CLI would have run itself. Answers stream back as JSON lines: progress events, then one result.
 */
export const ADMIN_SOCKET = 'admin.sock';

export async function startAdminSocket(deps: AppDeps, operations: Operations): Promise<() => Promise<void>> {
  const file = path.join(deps.config.dataDir, ADMIN_SOCKET);
  await rm(file, { force: true });
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.length > 64 * 1024) socket.destroy();
      const nl = buffer.indexOf('\n');
      if (nl < 0) return;
      const line = buffer.slice(0, nl);
      buffer = '';
      const send = (event: AdminEvent) => socket.write(`${JSON.stringify(event)}\n`);
      void (async () => {
        try {
          const { operation, args } = JSON.parse(line) as { operation: string; args: unknown };
          send(await runOperation(deps, operations, operation, args, send));
        } catch (err) {
          send({ type: 'result', ok: false, error: (err as Error).message });
        }
        socket.end();
      })();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => resolve());
  });
  await chmod(file, 0o600);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(file, { force: true });
  };
}

/** Client side: sends one operation and yields its events. */
export async function callAdminSocket(
  dataDir: string,
  operation: string,
  args: unknown,
  onEvent: (event: AdminEvent) => void,
): Promise<AdminEvent & { type: 'result' }> {
  const file = path.join(dataDir, ADMIN_SOCKET);
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(file);
    let buffer = '';
    let result: (AdminEvent & { type: 'result' }) | undefined;
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ operation, args })}\n`));
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const event = JSON.parse(buffer.slice(0, nl)) as AdminEvent;
        buffer = buffer.slice(nl + 1);
        if (event.type === 'result') result = event;
        else onEvent(event);
        nl = buffer.indexOf('\n');
      }
    });
    socket.on('error', reject);
    socket.on('close', () =>
      result ? resolve(result) : reject(new Error('the server closed the admin channel')),
    );
  });
}
