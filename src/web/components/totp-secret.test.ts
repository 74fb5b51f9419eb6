import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import jsQRModule from 'jsqr';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../app/i18n.tsx';
import { ApprovalsPage } from '../pages/ApprovalsPage.tsx';
import { SecondFactorPage } from '../pages/SecondFactorPage.tsx';
import { UsersPage } from '../pages/UsersPage.tsx';
import { CredentialsCard, ProposalMadeCard } from './credentials.tsx';
import { groupedSecret, TotpSecret } from './TotpSecret.tsx';

/**
 * The console's authenticator secret and the pages of the two-person rule, rendered as the browser would
 * first paint them (server-side rendering, no browser): what a person sees, and that nothing is fetched
 * from elsewhere.
 */
const render = (node: ReactNode) =>
  renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(I18nProvider, null, node),
    ),
  );

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const uri = `otpauth://totp/FocalPoint:nadia%40focalpoint.test?issuer=FocalPoint&secret=${secret}&algorithm=SHA1&digits=6&period=30`;

// jsqr is CommonJS typed as an ES module: its function is the module itself, or its default.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule.default }).default ??
  jsQRModule) as unknown as typeof jsQRModule.default;

/** Paints the rendered SVG's unit squares into pixels (4 per module) and reads them as a camera would. */
function scan(html: string): string | undefined {
  const size = Number(/viewBox="0 0 (\d+)/.exec(html)?.[1]);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of html.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('authenticator secret', () => {
  it('scans back to the otpauth URI an authenticator app needs', () => {
    const html = render(createElement(TotpSecret, { secret, uri }));
    expect(scan(html)).toBe(uri);
  });

  it('is a QR code drawn inline, with the same secret as text beside it', () => {
    const html = render(createElement(TotpSecret, { secret, uri }));
    expect(html).toMatch(
      /<svg class="qr-code" viewBox="0 0 (\d+) \1" role="img" aria-label="QR code of the authenticator secret/,
    );
    // A version-4 or larger code (33+ modules plus the quiet zone) for a URI of this length, all of it paths.
    const size = Number(/viewBox="0 0 (\d+)/.exec(html)?.[1]);
    expect(size).toBeGreaterThanOrEqual(33 + 8);
    expect(html).toMatch(/<path d="(M\d+ \d+h1v1h-1z)+" fill="#000"/);
    expect(html).toContain(`<code aria-describedby=`);
    expect(html).toContain(groupedSecret(secret));
    // Nothing to load: no image, no data: URL, no other origin.
    expect(html).not.toMatch(/<img|data:|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('shows one-time credentials with the QR code, and the proposer only the second factor', () => {
    const card = render(
      createElement(CredentialsCard, {
        credentials: {
          email: 'nadia@focalpoint.test',
          password: 'abcde-fghij-klmno-pqrst',
          totpSecret: secret,
          totpUri: uri,
        },
      }),
    );
    expect(card).toContain('abcde-fghij-klmno-pqrst');
    expect(card).toContain('class="qr-code"');
    const made = render(
      createElement(ProposalMadeCard, {
        made: {
          proposal: {
            id: '00000000-0000-4000-8000-000000000001',
            kind: 'create',
            status: 'pending',
            account: { id: null, email: 'nadia@focalpoint.test', displayName: 'Nadia' },
            role: 'caseworker',
            fromRole: null,
            proposedBy: {
              id: '00000000-0000-4000-8000-000000000002',
              email: 'a@focalpoint.test',
              displayName: '',
            },
            proposedAt: '2026-11-02T10:00:00.000Z',
            expiresAt: '2026-11-09T10:00:00.000Z',
            decidedBy: null,
            decidedAt: null,
            canApprove: false,
            canWithdraw: true,
          },
          secondFactor: { email: 'nadia@focalpoint.test', totpSecret: secret, totpUri: uri },
        },
      }),
    );
    expect(made).toContain('Nothing changes until a supervisor approves it');
    expect(made).toContain('class="qr-code"');
    expect(made).not.toMatch(/one-time password<\/dt>/i);
  });
});

describe('pages', () => {
  it('render their first state: loading, or the first step of a form', () => {
    expect(render(createElement(ApprovalsPage))).toMatch(
      /<h1 id="proposals-heading">Approvals<\/h1>.*Loading…/,
    );
    const users = render(createElement(UsersPage));
    expect(users).toContain('<h1>Users</h1>');
    expect(users).toContain('take two people');
    const second = render(createElement(SecondFactorPage));
    expect(second).toContain('<h1>Change your authenticator</h1>');
    expect(second).toContain('name="currentPassword"');
    expect(second).toContain('name="code"');
  });
});
