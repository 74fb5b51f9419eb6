import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { type SignedIn, signInAs } from './testing.ts';

/**
 * THE ROLE MATRIX — who may call every operation of the OpenAPI document.
 *
 * ADDING A ROUTE? Add its line here, in the same commit. This test fails for any operation of
 * /api/openapi.json that the table does not name, and for any line naming an operation that no longer
 * exists. Decide from DESIGN.md's "People" table and your feature's policy file, then write the roles
 * out in full (do not import your policy's constants: the table is the independent statement of intent
 * that the code is checked against).
 *
 *   Role[]     only these roles pass the staff guard: anonymous → 401, any other role → 403,
 *              these roles → anything but 401/403 (a 404 for a random id still proves they got through)
 *   'public'   anyone, signed in or not → never 401/403
 *   'receipt'  the reporter's follow-up, opened by `Authorization: Receipt …` only: without a receipt
 *              nobody — anonymous or staff of any role — gets a successful answer
 *
 * Every subject is a real user of that role (createUser, real TOTP code, password changed), signed in
 * through POST /api/v1/auth/login; state-changing requests carry the session's x-csrf-token.
 */
type Access = readonly Role[] | 'public' | 'receipt';

const FRONT_LINE = ['intake_officer', 'caseworker', 'supervisor'] as const; // case content, per case rules
const ALL: readonly Role[] = ROLES;

const expectedAccess: Record<string, Access> = {
  // health
  'GET /healthz': 'public',
  'GET /readyz': 'public',

  // public intake (DESIGN: reporters have no account)
  'POST /api/v1/reports': 'public',
  'GET /api/v1/reports/challenge': 'public',
  'GET /api/v1/public/statistics': 'public',
  'GET /api/v1/taxonomy': 'public',

  // the reporter's follow-up, with the receipt
  'GET /api/v1/followup': 'receipt',
  'POST /api/v1/followup/messages': 'receipt',
  'POST /api/v1/followup/evidence': 'receipt',
  'PATCH /api/v1/followup/consents': 'receipt',
  'POST /api/v1/followup/deletion-request': 'receipt',

  // sign-in and one's own session (partners sign in the same way)
  'POST /api/v1/auth/login': 'public',
  'GET /api/v1/auth/session': ALL,
  'POST /api/v1/auth/logout': ALL,
  'POST /api/v1/auth/logout-everywhere': ALL,
  'POST /api/v1/auth/password': ALL,
  'POST /api/v1/auth/second-factor': ALL,
  'POST /api/v1/auth/second-factor/confirm': ALL,
  'PATCH /api/v1/auth/profile': ALL,

  // first run: the set-up token is the credential
  'GET /api/v1/setup/status': 'public',
  'POST /api/v1/setup': 'public',

  // the instance's background jobs and indexing quarantine: references and codes, never content
  'GET /api/v1/system/jobs': ['supervisor', 'admin'],
  'GET /api/v1/system/indexing-quarantine': ['supervisor', 'admin'],

  // users and roles: admins only (separation of duties: no case data in these answers)
  'GET /api/v1/users': ['admin'],
  'POST /api/v1/users': ['admin'],
  'PATCH /api/v1/users/{id}': ['admin'],
  'POST /api/v1/users/{id}/reset': ['admin'],
  // the two-person rule: admins propose what reaches case content (or makes an admin); supervisors
  // approve content roles, admins or supervisors approve an admin (the service checks who, per proposal)
  'GET /api/v1/users/proposals': ['supervisor', 'admin'],
  'POST /api/v1/users/proposals': ['admin'],
  'POST /api/v1/users/proposals/{id}/approve': ['supervisor', 'admin'],
  'POST /api/v1/users/proposals/{id}/refuse': ['supervisor', 'admin'],

  // cases: analysts read the de-identified view; admins and partners never reach case content
  'GET /api/v1/cases': [...FRONT_LINE, 'analyst'],
  'GET /api/v1/cases/{id}': [...FRONT_LINE, 'analyst'],
  'GET /api/v1/cases/assignees': ['intake_officer', 'supervisor'],
  'POST /api/v1/cases/held': ['intake_officer', 'supervisor'],
  'PATCH /api/v1/cases/{id}': FRONT_LINE,
  'POST /api/v1/cases/{id}/identity': ['caseworker', 'supervisor'],
  'POST /api/v1/cases/{id}/messages': FRONT_LINE,
  'POST /api/v1/cases/{id}/notes': FRONT_LINE,
  'POST /api/v1/cases/{id}/tasks': FRONT_LINE,
  'PATCH /api/v1/cases/{id}/tasks/{taskId}': FRONT_LINE,
  'POST /api/v1/cases/{id}/merge': ['intake_officer', 'supervisor'],
  'GET /api/v1/cases/{id}/evidence/{fileId}': FRONT_LINE,
  'POST /api/v1/cases/{id}/evidence/{fileId}/original': ['supervisor'],
  // the audit log holds codes only: supervisors for oversight, admins for audit review
  'GET /api/v1/audit': ['supervisor', 'admin'],
  // the sealed reason of an identity reveal: supervisors' oversight only (admins see no case content)
  'GET /api/v1/audit/{seq}/reveal-reason': ['supervisor'],

  // partner organisations: managed by admins, read by those who refer
  'GET /api/v1/partner-orgs': ['intake_officer', 'caseworker', 'supervisor', 'admin'],
  'POST /api/v1/partner-orgs': ['admin'],
  'PATCH /api/v1/partner-orgs/{id}': ['admin'],

  // referrals: caseworkers and supervisors refer; partners read and answer only their own (404 otherwise)
  'POST /api/v1/cases/{id}/referrals': ['caseworker', 'supervisor'],
  'POST /api/v1/referrals/{id}/approve': ['supervisor'],
  'GET /api/v1/referrals': [...FRONT_LINE, 'partner'],
  'GET /api/v1/referrals/{id}': [...FRONT_LINE, 'partner'],
  'PATCH /api/v1/referrals/{id}': ['partner'],
  'GET /api/v1/referrals/{id}/package.json': [...FRONT_LINE, 'partner'],
  'GET /api/v1/referrals/{id}/package.pdf': [...FRONT_LINE, 'partner'],
  'GET /api/v1/referrals/{id}/evidence/{fileId}': [...FRONT_LINE, 'partner'],
  'GET /api/v1/referrals/{id}/messages': [...FRONT_LINE, 'partner'],
  'POST /api/v1/referrals/{id}/messages': ['caseworker', 'supervisor', 'partner'],

  // exports of de-identified data: analysts and supervisors; the STIX extension definitions are public
  'GET /api/v1/exports/cases.csv': ['analyst', 'supervisor'],
  'GET /api/v1/exports/cases.json': ['analyst', 'supervisor'],
  'GET /api/v1/exports/stix': ['analyst', 'supervisor'],
  // identifier values in STIX: supervisors have them; an analyst asks, a supervisor approves, the analyst
  // downloads once (exports/policy.ts)
  'POST /api/v1/exports/stix/requests': ['analyst'],
  'GET /api/v1/exports/stix/requests': ['analyst', 'supervisor'],
  'POST /api/v1/exports/stix/requests/{id}/approve': ['supervisor'],
  'POST /api/v1/exports/stix/requests/{id}/reject': ['supervisor'],
  'GET /api/v1/exports/stix/requests/{id}/bundle': ['analyst'],
  'GET /api/v1/exports/stix/extensions/x-focalpoint-phone-number': 'public',
  'GET /api/v1/exports/stix/extensions/x-focalpoint-phone-number.json': 'public',

  // dashboards and periodic reports: de-identified aggregates for analysts and supervisors
  'GET /api/v1/dashboards/summary': ['analyst', 'supervisor'],
  'GET /api/v1/reports/periodic': ['analyst', 'supervisor'],

  // linking and campaigns over blind indexes: analysts and supervisors
  'GET /api/v1/cases/{id}/similar': ['analyst', 'supervisor'],
  'GET /api/v1/cases/{id}/identifiers': FRONT_LINE,
  'POST /api/v1/cases/{id}/identifiers': FRONT_LINE,
  'DELETE /api/v1/cases/{id}/identifiers/{identifierId}': FRONT_LINE,
  'GET /api/v1/cases/{id}/links': ['analyst', 'supervisor'],
  'GET /api/v1/campaigns': ['analyst', 'supervisor'],
  'GET /api/v1/campaigns/alerts': ['analyst', 'supervisor'],
  'POST /api/v1/campaigns/alerts/{id}/seen': ['analyst', 'supervisor'],
  'POST /api/v1/campaigns/links/reject': ['analyst', 'supervisor'],
  'GET /api/v1/campaigns/{id}': ['analyst', 'supervisor'],
  'PATCH /api/v1/campaigns/{id}': ['analyst', 'supervisor'],
  // search: staff who read cases (analysts by codes only: words and identifiers answer them 403 —
  // search/insider.test.ts; caseworkers over their own cases only)
  'GET /api/v1/search': [...FRONT_LINE, 'analyst'],

  // the indicator warning list is a setting: admins (it holds common values, never case identifiers)
  'GET /api/v1/indicators/warning-list': ['admin'],
  'POST /api/v1/indicators/warning-list': ['admin'],
  'DELETE /api/v1/indicators/warning-list/{id}': ['admin'],
  // foreign-influence registers: the registers are settings (public data, admins); a case's named actors
  // are content (front line, per case); analysts review matches and read counts without content;
  // supervisors weigh possibly unregistered actors and refer them to the regulator
  'GET /api/v1/registries': ['admin'],
  'POST /api/v1/registries/{source}/snapshots': ['admin'],
  'GET /api/v1/cases/{id}/named-actors': FRONT_LINE,
  'GET /api/v1/registries/matches': ['analyst', 'supervisor'],
  'POST /api/v1/registries/matches/{id}/decision': ['analyst', 'supervisor'],
  'GET /api/v1/registries/counts': ['analyst', 'supervisor'],
  'GET /api/v1/registries/unregistered': ['supervisor'],
  'POST /api/v1/registries/unregistered/{id}/referral': ['supervisor'],
};

// These end the session that calls them: each call gets a fresh user of its own.
const ENDS_SESSION = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/logout-everywhere']);
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Operation = { key: string; method: string; path: string; params: OpenApiParameter[] };
type OpenApiParameter = {
  name: string;
  in: string;
  schema?: { format?: string; enum?: unknown[]; type?: string };
};
type Subject = 'anonymous' | Role;

let ctx: TestContext;
const operations: Operation[] = [];
const users = new Map<Role, SignedIn>();

beforeAll(async () => {
  ctx = await startTestContext();
  // Every subject asks the follow-up routes without a receipt, from one address: guesses, as far as the
  // public limits can tell. They would be slowed until the test's clock moves; roles are the point here.
  ctx.deps.runtime.limits.configure({ receiptGuessesFree: 1_000_000 });
  const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>>;
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters') continue;
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'path'),
      });
    }
  }
  for (const role of ROLES) users.set(role, await signInAs(ctx, role));
}, 120_000);

afterAll(async () => {
  await ctx?.close();
});

/**
 * A real path: ids are random UUIDs and numbers far past any row (so allowed roles get 404), enums take
 * their first value.
 */
function concretePath(op: Operation): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const schema = op.params.find((p) => p.name === name)?.schema;
    if (schema?.enum?.length) return encodeURIComponent(String(schema.enum[0]));
    if (schema?.type === 'integer' || schema?.type === 'number') return '987654321';
    return randomUUID();
  });
}

async function call(op: Operation, subject: Subject): Promise<number> {
  let who: SignedIn | undefined;
  if (subject !== 'anonymous') {
    who = ENDS_SESSION.has(op.key) ? await signInAs(ctx, subject) : users.get(subject);
  }
  const res = await ctx.app.inject({
    method: op.method as 'GET',
    url: concretePath(op),
    headers: { ...(who ? who.headers : {}), accept: 'application/json' },
    ...(STATE_CHANGING.has(op.method) ? { payload: {} } : {}),
  });
  return res.statusCode;
}

describe('role matrix: every route × every role × anonymous', () => {
  it('classifies every operation of the OpenAPI document, and only those', () => {
    const documented = new Set(operations.map((o) => o.key));
    const unclassified = [...documented].filter((k) => !(k in expectedAccess));
    const stale = Object.keys(expectedAccess).filter((k) => !documented.has(k));
    expect(
      unclassified,
      `Routes missing from expectedAccess in src/server/auth/role-matrix.test.ts — classify them:\n${unclassified.join('\n')}`,
    ).toEqual([]);
    expect(stale, `expectedAccess names routes that do not exist (any more):\n${stale.join('\n')}`).toEqual(
      [],
    );
    expect(operations.length).toBeGreaterThan(20);
  });

  it('answers 401 to anonymous, 403 to other roles, and lets the listed roles through', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const op of operations) {
      const access = expectedAccess[op.key];
      if (!access) continue; // reported by the test above
      for (const subject of ['anonymous', ...ROLES] as Subject[]) {
        const status = await call(op, subject);
        checked++;
        let expected: string;
        let ok: boolean;
        if (access === 'public') {
          expected = 'neither 401 nor 403';
          ok = status !== 401 && status !== 403;
        } else if (access === 'receipt') {
          expected = 'a 4xx (no receipt, no access — a staff session opens nothing)';
          ok = status >= 400 && status < 500;
        } else if (subject === 'anonymous') {
          expected = '401';
          ok = status === 401;
        } else if (access.includes(subject)) {
          expected = 'neither 401 nor 403';
          ok = status !== 401 && status !== 403;
        } else {
          expected = '403';
          ok = status === 403;
        }
        if (status >= 500) {
          ok = false;
          expected += ' (and never a 5xx)';
        }
        if (!ok) problems.push(`${op.key} as ${subject}: got ${status}, expected ${expected}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(checked).toBe(operations.filter((o) => expectedAccess[o.key]).length * (ROLES.length + 1));
  }, 300_000);
});
