import type http from 'node:http';
import type { Socket } from 'node:net';

/**
 * The PROXY protocol (version 1, text), for an onion service: Tor's `HiddenServiceExportCircuitID haproxy`
 * starts each connection with a line such as
 *
 *     PROXY TCP6 fc00:dead:beef:4dad::0:29 ::1 65535 42\r\n
 *
 * whose source address encodes the Tor circuit. Read before HTTP, it becomes the connection's remote
 * address, so each circuit is its own source for the public limits — without it every Tor user arrives from
 * 127.0.0.1 and one person could spend everyone's allowance. Only version 1 is read (what Tor sends, one
 * line of at most 107 bytes; a parser library would bring version 2's binary format we never receive). A
 * connection that does not start with a valid line within HEADER_TIMEOUT_MS is closed: with the option on,
 * nothing may reach the server without the proxy in front of it.
 */
const MAX_HEADER = 107;
export const HEADER_TIMEOUT_MS = 10_000;
const LINE = /^PROXY (?:(?:TCP4|TCP6) (\S+) \S+ \d{1,5} \d{1,5}|UNKNOWN(?: .*)?)$/;

/** The source address of a PROXY v1 line, `unknown` for `PROXY UNKNOWN`, or null when it is not one. */
export function parseProxyLine(line: string): string | null {
  const m = LINE.exec(line);
  if (!m) return null;
  return m[1] ?? 'unknown';
}

/** Makes `server` read a PROXY line at the start of each connection before HTTP sees it. */
export function acceptProxyProtocol(server: http.Server): void {
  const listeners = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  const handOver = (socket: Socket) => {
    for (const listener of listeners) listener.call(server, socket);
  };
  server.on('connection', (socket: Socket) => {
    let head = Buffer.alloc(0);
    const timer = setTimeout(() => socket.destroy(), HEADER_TIMEOUT_MS);
    timer.unref();
    const onReadable = () => {
      for (
        let chunk = socket.read() as Buffer | null;
        chunk !== null;
        chunk = socket.read() as Buffer | null
      ) {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n');
        if (end < 0 && head.length <= MAX_HEADER) continue;
        socket.off('readable', onReadable);
        clearTimeout(timer);
        const source =
          end >= 0 && end <= MAX_HEADER ? parseProxyLine(head.subarray(0, end).toString('latin1')) : null;
        if (source === null) {
          socket.destroy();
          return;
        }
        // The circuit's address stands for the peer from now on (req.ip reads it).
        Object.defineProperty(socket, 'remoteAddress', { value: source, configurable: true });
        const rest = head.subarray(end + 2);
        if (rest.length > 0) socket.unshift(rest);
        handOver(socket);
        return;
      }
    };
    socket.on('readable', onReadable);
    socket.on('error', () => socket.destroy());
  });
}
