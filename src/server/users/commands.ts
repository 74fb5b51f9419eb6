import { ROLES } from '../../shared/roles.ts';
import type { Command } from '../admin/command.ts';

/** `focalpoint user create`: the first admin, and staff or partner accounts from a shell. */
export const userCommands: readonly Command[] = [
  {
    name: 'user create',
    summary: 'Create a staff or partner user with a one-time password and a TOTP secret',
    usage: 'focalpoint user create --email E --role R [--org ORG] [--name NAME] [--json]',
    options: {
      email: { type: 'string', description: 'the user’s work e-mail address' },
      role: { type: 'string', description: `one of: ${ROLES.join(', ')}` },
      org: { type: 'string', description: 'partner organisation id or exact name (partner users only)' },
      name: { type: 'string', description: 'display name' },
      json: { type: 'boolean', description: 'print {"email","password","totpSecret"} as JSON' },
    },
    async run(v, { operate, out, err }) {
      if (!v.email || !v.role) {
        err('Both --email and --role are required. See: focalpoint user create --help');
        return 2;
      }
      const result = await operate('user.create', {
        email: v.email,
        role: v.role,
        org: v.org,
        displayName: v.name,
      });
      if (!result.ok) {
        err(`Could not create the user: ${result.error}`);
        return 1;
      }
      const user = result.data as { email: string; password: string; totpSecret: string; role: string };
      if (v.json) {
        out(JSON.stringify({ email: user.email, password: user.password, totpSecret: user.totpSecret }));
      } else {
        out(`Created ${user.role} ${user.email}`);
        out(`  one-time password: ${user.password}   (to be changed at first sign-in)`);
        out(`  TOTP secret:       ${user.totpSecret}   (add it to an authenticator app)`);
        out('Give both to the person over a channel you trust; they are not shown again.');
      }
      return 0;
    },
  },
];
