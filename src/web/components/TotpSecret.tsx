import { useId } from 'react';
import { encode } from 'uqr';
import { useI18n } from '../app/i18n.tsx';

/**
 * A QR code drawn here, as inline SVG (no request leaves the page, and the CSP's `img-src` plays no part):
 * one path of unit squares over the module grid, with the four-module quiet zone scanners need.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

/** The secret in groups of four, easier to read out and to type into an app by hand. */
export const groupedSecret = (secret: string): string => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * An authenticator secret as people use it: a QR code to scan, and beside it the same secret as text for
 * those who cannot scan (no camera, a screen reader, an app on the same device).
 */
export function TotpSecret({ secret, uri }: { secret: string; uri: string }) {
  const { t } = useI18n();
  const textId = useId();
  return (
    <div className="totp-secret">
      <QrCode text={uri} label={t('console.totp.qrLabel')} />
      <div>
        <p id={textId}>{t('console.totp.typeInstead')}</p>
        <p>
          <code aria-describedby={textId} className="secret-text">
            {groupedSecret(secret)}
          </code>
        </p>
        <p className="hint">{t('console.totp.settings')}</p>
      </div>
    </div>
  );
}
