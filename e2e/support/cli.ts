import { execFileSync } from 'node:child_process';
import { e2eServerEnv } from './environment.ts';

/** Runs `focalpoint` against the browser tests' running server (through its admin socket). */
export function focalpoint(args: string[]): string {
  return execFileSync(process.execPath, ['bin/focalpoint.mjs', ...args], {
    env: { ...process.env, ...e2eServerEnv() },
    encoding: 'utf8',
  });
}

export function createUser(
  email: string,
  role: string,
  org?: string,
): { email: string; password: string; totpSecret: string } {
  return JSON.parse(
    focalpoint([
      'user',
      'create',
      '--email',
      email,
      '--role',
      role,
      '--json',
      ...(org ? ['--org', org] : []),
    ]),
  );
}
