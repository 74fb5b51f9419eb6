import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  type AssistedReportAccepted,
  type AssistedReportBody,
  INTAKE_CHANNELS,
} from '../../shared/contracts/assisted-intake.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import type { Role } from '../../shared/roles.ts';
import { COMMUNITIES, PROVINCES, TACTIC_GROUPS } from '../../shared/taxonomy.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { FormError, fieldError } from '../components/states.tsx';
import { useFrontlineText } from './text.ts';

/** Who records a report on a person's behalf (server: assisted-intake/policy.ts). */
export const TAKE_REPORT_ROLES: readonly Role[] = ['intake_officer', 'caseworker', 'supervisor'];

const CONSENTS = ['contact', 'referralToPolice', 'anonymisedStatistics', 'updates'] as const;

/**
 * Take a report: an intake officer records what a person said by phone, in person, by e-mail or by letter —
 * the public form's questions, plus the channel, the interpreter's language and each consent asked aloud
 * (none assumed: each is answered yes or no). The receipt is shown once, to read out or print as a slip in
 * the person's language; it is kept nowhere, not even in this page once it is left.
 */
export function TakeReportPage() {
  const ft = useFrontlineText();
  const [accepted, setAccepted] = useState<AssistedReportAccepted | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (accepted) {
    return (
      <Receipt
        accepted={accepted}
        onNext={() => {
          setAccepted(null);
          setFormKey((k) => k + 1);
        }}
      />
    );
  }
  return (
    <>
      <h1>{ft('fl.take.title')}</h1>
      <p className="hint">{ft('fl.take.lead')}</p>
      <TakeReportForm key={formKey} onAccepted={setAccepted} />
    </>
  );
}

function TakeReportForm({ onAccepted }: { onAccepted: (a: AssistedReportAccepted) => void }) {
  const ft = useFrontlineText();
  const { t, label } = useI18n();
  const [identified, setIdentified] = useState(false);
  const [callback, setCallback] = useState(false);
  const [unanswered, setUnanswered] = useState(false);
  const record = useMutation({
    mutationFn: (body: AssistedReportBody) =>
      api<AssistedReportAccepted>('POST', '/api/v1/assisted-reports', body),
    onSuccess: onAccepted,
  });
  const problem = (field: string) => fieldError(record.error, field);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const optional = (name: string) => text(name) || undefined;
    const consent = (name: string) => form.get(`consent-${name}`) === 'yes';
    // No consent is assumed: each question is answered yes or no before the report is recorded.
    const missing = CONSENTS.some((c) => form.get(`consent-${c}`) === null);
    setUnanswered(missing);
    if (missing) return;
    const province = text('province');
    record.mutate({
      channel: text('channel') as AssistedReportBody['channel'],
      language: text('language') as Locale,
      interpreterLanguage: optional('interpreterLanguage'),
      inDangerNow: form.get('inDangerNow') === 'yes',
      narrative: text('narrative'),
      incident: {
        ...(province ? { province: province as (typeof PROVINCES)[number] } : {}),
        ...(text('city') ? { city: text('city') } : {}),
        ongoing: form.get('ongoing') === 'yes',
      },
      tactics: form.getAll('tactics').map(String) as AssistedReportBody['tactics'],
      communities: form.getAll('communities').map(String) as AssistedReportBody['communities'],
      reporter: identified
        ? {
            anonymous: false,
            name: optional('name'),
            phone: optional('phone'),
            email: optional('email'),
            safeToContact: optional('safeToContact'),
          }
        : { anonymous: true },
      consents: {
        contact: consent('contact'),
        referralToPolice: consent('referralToPolice'),
        anonymisedStatistics: consent('anonymisedStatistics'),
        updates: consent('updates'),
      },
      ...(callback
        ? {
            callback: {
              phone: text('callbackPhone'),
              safeTimes: optional('callbackTimes'),
              language: optional('callbackLanguage'),
            },
          }
        : {}),
    });
  };
  const errorOf = (field: string, id: string) =>
    problem(field) ? (
      <p className="field-error" id={`${id}-error`}>
        {problem(field)}
      </p>
    ) : null;
  const invalid = (field: string, id: string) =>
    problem(field) ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
  return (
    <form onSubmit={onSubmit} className="take-report" noValidate>
      <fieldset className="field">
        <legend>{ft('fl.take.channel')}</legend>
        {INTAKE_CHANNELS.map((c, i) => (
          <label key={c} className="check">
            <input type="radio" name="channel" value={c} defaultChecked={i === 0} /> {ft(`fl.channel.${c}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="take-language">{ft('fl.take.language')}</label>
        <p className="hint" id="take-language-hint">
          {ft('fl.take.languageHint')}
        </p>
        <select id="take-language" name="language" defaultValue="en" aria-describedby="take-language-hint">
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={LOCALE_INFO[l].htmlLang}>
              {LOCALE_INFO[l].name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="take-interpreter">{ft('fl.take.interpreter')}</label>
        <p className="hint" id="take-interpreter-hint">
          {ft('fl.take.interpreterHint')}
        </p>
        <input
          id="take-interpreter"
          name="interpreterLanguage"
          maxLength={50}
          aria-describedby="take-interpreter-hint"
        />
      </div>
      <div className="field">
        <label className="check">
          <input type="checkbox" name="inDangerNow" value="yes" /> {ft('fl.take.danger')}
        </label>
      </div>
      <div className="field">
        <label htmlFor="take-narrative">{ft('fl.take.narrative')}</label>
        <textarea
          id="take-narrative"
          name="narrative"
          rows={8}
          required
          maxLength={20_000}
          {...invalid('narrative', 'take-narrative')}
        />
        {errorOf('narrative', 'take-narrative')}
      </div>
      <div className="field">
        <label htmlFor="take-province">{t('console.classify.province')}</label>
        <select id="take-province" name="province" defaultValue="">
          <option value="">—</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {label('province', p)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="take-city">{ft('fl.take.city')}</label>
        <input id="take-city" name="city" maxLength={100} />
      </div>
      <div className="field">
        <label className="check">
          <input type="checkbox" name="ongoing" value="yes" /> {ft('fl.take.ongoing')}
        </label>
      </div>
      <fieldset className="field">
        <legend>{t('console.report.tactics')}</legend>
        {Object.entries(TACTIC_GROUPS).map(([group, codes]) => (
          <fieldset key={group} className="group">
            <legend>{label('tactic_group', group)}</legend>
            {codes.map((code) => (
              <label key={code} className="check">
                <input type="checkbox" name="tactics" value={code} /> {label('tactic', code)}
              </label>
            ))}
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('console.report.communities')}</legend>
        {COMMUNITIES.map((code) => (
          <label key={code} className="check">
            <input type="checkbox" name="communities" value={code} /> {label('community', code)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{ft('fl.take.who')}</legend>
        <label className="check">
          <input type="radio" name="who" checked={!identified} onChange={() => setIdentified(false)} />{' '}
          {ft('fl.take.anonymous')}
        </label>
        <label className="check">
          <input type="radio" name="who" checked={identified} onChange={() => setIdentified(true)} />{' '}
          {ft('fl.take.identified')}
        </label>
        {identified ? (
          <>
            <div className="field">
              <label htmlFor="take-name">{ft('fl.take.name')}</label>
              <input id="take-name" name="name" maxLength={200} autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor="take-phone">{ft('fl.take.phone')}</label>
              <input
                id="take-phone"
                name="phone"
                type="tel"
                autoComplete="off"
                {...invalid('reporter.phone', 'take-phone')}
              />
              {errorOf('reporter.phone', 'take-phone')}
            </div>
            <div className="field">
              <label htmlFor="take-email">{ft('fl.take.email')}</label>
              <input
                id="take-email"
                name="email"
                type="email"
                autoComplete="off"
                {...invalid('reporter.email', 'take-email')}
              />
              {errorOf('reporter.email', 'take-email')}
            </div>
            <div className="field">
              <label htmlFor="take-safe">{ft('fl.take.safeToContact')}</label>
              <input id="take-safe" name="safeToContact" maxLength={300} autoComplete="off" />
            </div>
          </>
        ) : null}
      </fieldset>
      <fieldset className="field" aria-describedby={unanswered ? 'take-consents-error' : undefined}>
        <legend>{ft('fl.take.consents')}</legend>
        <p className="hint">{ft('fl.take.consentsHint')}</p>
        {unanswered ? (
          <p className="field-error" id="take-consents-error" role="alert">
            {ft('fl.take.consentsMissing')}
          </p>
        ) : null}
        {CONSENTS.map((c) => (
          <fieldset key={c} className="group">
            <legend>{ft(`fl.consent.${c}`)}</legend>
            <label className="check">
              <input type="radio" name={`consent-${c}`} value="yes" required /> {ft('fl.yes')}
            </label>
            <label className="check">
              <input type="radio" name={`consent-${c}`} value="no" required /> {ft('fl.no')}
            </label>
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{ft('fl.take.callback')}</legend>
        <label className="check">
          <input type="checkbox" checked={callback} onChange={(e) => setCallback(e.target.checked)} />{' '}
          {ft('fl.take.callbackWanted')}
        </label>
        {callback ? (
          <>
            <div className="field">
              <label htmlFor="take-cb-phone">{ft('fl.callback.phone')}</label>
              <input
                id="take-cb-phone"
                name="callbackPhone"
                type="tel"
                required
                autoComplete="off"
                {...invalid('callback.phone', 'take-cb-phone')}
              />
              {errorOf('callback.phone', 'take-cb-phone')}
            </div>
            <div className="field">
              <label htmlFor="take-cb-times">{ft('fl.callback.safeTimes')}</label>
              <input id="take-cb-times" name="callbackTimes" maxLength={300} autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor="take-cb-language">{ft('fl.callback.language')}</label>
              <input id="take-cb-language" name="callbackLanguage" maxLength={50} autoComplete="off" />
            </div>
          </>
        ) : null}
      </fieldset>
      <FormError error={record.error} />
      <button type="submit" className="primary" disabled={record.isPending}>
        {ft('fl.take.submit')}
      </button>
    </form>
  );
}

/** The receipt, once: read it out, or print the slip in the person's language (a new tab, no-store). */
function Receipt({ accepted, onNext }: { accepted: AssistedReportAccepted; onNext: () => void }) {
  const ft = useFrontlineText();
  const language = LOCALE_INFO[accepted.language as Locale]?.name ?? accepted.language;
  return (
    <section aria-labelledby="receipt-h" className="receipt">
      <h1 id="receipt-h">{ft('fl.receipt.title', { reference: accepted.reference })}</h1>
      <p className="notice">{ft('fl.receipt.once')}</p>
      <p>{ft('fl.receipt.readOut')}</p>
      <p className="receipt-code" data-testid="receipt">
        <code>{accepted.receipt}</code>
      </p>
      <form method="post" action="/api/v1/assisted-reports/slip" target="_blank" rel="noopener">
        <input type="hidden" name="token" value={accepted.slipToken} />
        <input type="hidden" name="receipt" value={accepted.receipt} />
        <button type="submit" className="primary">
          {ft('fl.receipt.print', { language })}
        </button>
      </form>
      <p>
        <Link to={`${BASE}/cases/${accepted.caseId}`}>{ft('fl.receipt.openCase')}</Link>
      </p>
      <button type="button" onClick={onNext}>
        {ft('fl.receipt.next')}
      </button>
    </section>
  );
}
