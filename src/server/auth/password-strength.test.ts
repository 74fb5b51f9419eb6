import { describe, expect, it } from 'vitest';
import { PasswordStrength } from './password-strength.ts';

const strength = new PasswordStrength();

describe('password strength', () => {
  it('refuses common passwords, whole or lightly dressed up', async () => {
    for (const p of [
      'password1234',
      'Password1234',
      'iloveyou12345',
      'qwerty123456',
      'P@ssw0rd2026!',
      'p4$$w0rd!!2026',
    ]) {
      expect(await strength.weaknessOf(p, []), p).toBe('common');
    }
  });

  it('refuses passwords built on the person, their address or the system', async () => {
    expect(await strength.weaknessOf('focalpoint2026', [])).toBe('personal');
    expect(await strength.weaknessOf('Tenzin.Dolma!', ['tenzin.dolma@focalpoint.test', 'Tenzin Dolma'])).toBe(
      'personal',
    );
  });

  it('refuses patterns: repeats, sequences, rows of keys', async () => {
    for (const p of ['aaaaaaaaaaaaaaaa', 'abcdefghijklmnop', 'zxcvbnmasdfghjkl']) {
      expect(await strength.weaknessOf(p, []), p).not.toBeNull();
    }
  });

  it('accepts passphrases and long random passwords', async () => {
    for (const p of [
      'correct horse battery staple',
      'a long new passphrase',
      'xK9#mQ2$vL7!pR',
      'tea kettle under the bridge of Lhasa',
      'violet kettle under seven bridges',
    ]) {
      expect(await strength.weaknessOf(p, ['someone@focalpoint.test']), p).toBeNull();
    }
  });
});
