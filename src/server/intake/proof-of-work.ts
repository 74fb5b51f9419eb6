import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { KeyRing } from '../platform/crypto/keyring.ts';
import type { Clock } from '../platform/jobs/clock.ts';
import type { Runtime } from '../runtime.ts';

/**
 * An optional proof of work for browsers that run JavaScript. The challenge is stateless: base64url of
 * `{nonce, difficulty, expiry}` plus an HMAC over it, so any instance can check it without a database.
 * A solution is a decimal counter such that sha256(challenge + counter) begins with `difficulty` zero
 * bits. A valid solution marks the report `verified`; without one the report is still accepted, under a
 * tighter rate limit. Each challenge is accepted once per process (the runtime's replay cache remembers it
 * until it expires).
 *
 * Browser side (H2's script): fetch GET /api/v1/reports/challenge, then count up from 0 hashing
 * `challenge + String(counter)` (UTF-8) with SubtleCrypto until the leading bits are zero, and put the
 * challenge and counter in the hidden fields `powChallenge` and `powSolution` (API clients: headers
 * `x-pow-challenge` and `x-pow-solution`).
 */

export const POW_TTL_MS = 10 * 60_000;

type ChallengeBody = { n: string; d: number; e: number };

const sign = (keys: KeyRing, body: string) =>
  createHmac('sha256', keys.proofOfWork).update(body).digest('base64url');

export type IssuedChallenge = { challenge: string; difficulty: number; expiresAt: string };

export function issueChallenge(deps: {
  keys: KeyRing;
  clock: Clock;
  runtime: Pick<Runtime, 'limits'>;
}): IssuedChallenge {
  const difficulty = deps.runtime.limits.powDifficulty();
  const expiry = deps.clock.now().getTime() + POW_TTL_MS;
  const body = Buffer.from(
    JSON.stringify({
      n: randomBytes(16).toString('base64url'),
      d: difficulty,
      e: expiry,
    } satisfies ChallengeBody),
  ).toString('base64url');
  return {
    challenge: `${body}.${sign(deps.keys, body)}`,
    difficulty,
    expiresAt: new Date(expiry).toISOString(),
  };
}

export function leadingZeroBits(hash: Buffer): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Finds a solution (tests, the benchmark, and a reference for the browser script). */
export function solveChallenge(challenge: string, difficulty: number): string {
  for (let counter = 0; ; counter++) {
    const hash = createHash('sha256')
      .update(challenge + String(counter))
      .digest();
    if (leadingZeroBits(hash) >= difficulty) return String(counter);
  }
}

/**
 * True when `solution` solves an unexpired challenge this server issued and that was not used before.
 * Never throws: a bad or missing proof simply leaves the report unverified.
 */
export function verifyProofOfWork(
  deps: { keys: KeyRing; clock: Clock; runtime: Pick<Runtime, 'powReplay'> },
  proof: { challenge?: string | undefined; solution?: string | undefined },
): boolean {
  const { challenge, solution } = proof;
  if (!challenge || !solution || challenge.length > 300 || !/^\d{1,12}$/.test(solution)) return false;
  const [body, mac] = challenge.split('.');
  if (!body || !mac) return false;
  const expected = Buffer.from(sign(deps.keys, body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  let parsed: ChallengeBody;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ChallengeBody;
  } catch {
    return false;
  }
  const now = deps.clock.now().getTime();
  if (typeof parsed.e !== 'number' || parsed.e < now || typeof parsed.d !== 'number') return false;
  const hash = createHash('sha256')
    .update(challenge + solution)
    .digest();
  if (leadingZeroBits(hash) < parsed.d) return false;

  return deps.runtime.powReplay.accept(parsed.n, parsed.e, now);
}
