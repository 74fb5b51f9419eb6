import { type FormEvent, useState } from 'react';
import type { CasePermissions, CaseView, EvidenceItem, ReportView } from '../../../shared/contracts/cases.ts';
import { taxonomy } from '../../../shared/i18n/catalogs/taxonomy.ts';
import { institutionByCode, OTHER_INSTITUTION } from '../../../shared/institutions.ts';
import { suspectedStateName } from '../../../shared/suspected-states.ts';
import { download } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { errorText } from '../../components/states.tsx';
import { ClassificationForm } from './ClassificationForm.tsx';

/** An institution as staff read it: the list's name, or the name the reporter typed (sealed). */
function institutionName(c: ReportView['classification'], locale: 'en' | 'fr'): string | null {
  if (!c.institution) return null;
  if (c.institution === OTHER_INSTITUTION)
    return c.institutionOther ?? taxonomy[locale]['taxonomy.institution.other'];
  return institutionByCode(c.institution)?.[locale] ?? c.institution;
}

const codes = (label: (v: string, c: string) => string, vocabulary: string, list: string[]) =>
  list.length ? list.map((c) => label(vocabulary, c)).join(', ') : '—';

export function ReportSection({ view, report }: { view: CaseView; report: ReportView }) {
  const caseId = view.id;
  const permissions = view.permissions;
  const { t, date, label, locale } = useI18n();
  const c = report.classification;
  const headingId = `report-${report.id}`;
  const yesNo = (v: boolean) => (v ? t('console.yes') : t('console.no'));
  // Intake's risk reasons are tactic codes, plus three situations of their own.
  const riskReason = (code: string) =>
    code === 'in_danger_now' || code === 'death_threat_ongoing' || code === 'physical_surveillance_at_home'
      ? t(`console.riskReason.${code}`)
      : label('tactic', code);
  return (
    <section className="report card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('console.report.title', { reference: report.reference, at: date(report.receivedAt) })}
      </h3>
      {report.narrative !== null ? (
        <>
          <h4>{t('console.report.narrative')}</h4>
          <div className="narrative" lang={report.language || undefined}>
            {report.narrative}
          </div>
        </>
      ) : null}
      <h4>{t('console.report.classification')}</h4>
      <dl className="facts">
        <dt>{t('console.report.when')}</dt>
        <dd>
          {c.incidentStartedOn ?? '—'}
          {c.incidentEndedOn ? ` – ${c.incidentEndedOn}` : ''}
          {c.ongoing ? ` (${t('console.report.ongoing')})` : ''}
        </dd>
        <dt>{t('console.report.where')}</dt>
        <dd>
          {[c.city, c.province ? label('province', c.province) : null, institutionName(c, locale)]
            .filter(Boolean)
            .join(' · ') || '—'}
        </dd>
        <dt>{t('console.report.tactics')}</dt>
        <dd>{codes(label, 'tactic', c.tactics)}</dd>
        <dt>{t('console.report.communities')}</dt>
        <dd>{codes(label, 'community', c.communities)}</dd>
        <dt>{t('console.report.channels')}</dt>
        <dd>{codes(label, 'channel', c.channels)}</dd>
        <dt>{t('console.report.impacts')}</dt>
        <dd>{codes(label, 'impact', c.impacts)}</dd>
        <dt>{t('console.report.perpetrators')}</dt>
        <dd>{codes(label, 'perpetrator_type', c.perpetratorTypes)}</dd>
        <dt>{t('console.report.suspectedState')}</dt>
        <dd>{c.suspectedState ? suspectedStateName(c.suspectedState, locale) : '—'}</dd>
        <dt>{t('console.report.riskAtIntake')}</dt>
        <dd>
          {t(`console.risk.${report.risk}`)}
          {report.riskReasons.length ? ` — ${report.riskReasons.map(riskReason).join(', ')}` : ''}
        </dd>
        <dt>{t('console.report.reporter')}</dt>
        <dd>
          {report.anonymous ? t('console.report.anonymous') : t('console.report.identified')} ·{' '}
          {t(
            `console.reporterKind.${report.reporterKind === 'organisation' || report.reporterKind === 'someone_else' ? report.reporterKind : 'self'}`,
          )}
        </dd>
        <dt>{t('console.report.consents')}</dt>
        <dd>
          {t('console.report.consentContact')}: {yesNo(report.consents.contact)} ·{' '}
          {t('console.report.consentPolice')}: {yesNo(report.consents.referralToPolice)} ·{' '}
          {t('console.report.consentStats')}: {yesNo(report.consents.anonymisedStatistics)}
        </dd>
      </dl>

      {permissions.classify && !view.mergedIntoId ? <ClassificationForm view={view} report={report} /> : null}

      <h4>{t('console.report.identifiers')}</h4>
      {report.identifiers ? (
        report.identifiers.length ? (
          <ul className="identifiers">
            {report.identifiers.map((i, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: identifiers have no id and never reorder
              <li key={n}>
                <span className="kind">
                  {label('indicator_kind', i.kind)}
                  {i.platform ? ` (${label('platform', i.platform)})` : ''}
                </span>{' '}
                <code>{i.value}</code>
              </li>
            ))}
          </ul>
        ) : (
          <p className="state state-empty">{t('console.report.noIdentifiers')}</p>
        )
      ) : (
        <p>
          {report.identifierKinds.length
            ? report.identifierKinds.map((k) => `${label('indicator_kind', k.kind)} × ${k.count}`).join(', ')
            : t('console.report.noIdentifiers')}
        </p>
      )}
      {report.perpetratorDescriptions?.length ? (
        <>
          <h4>{t('console.report.perpetratorDescriptions')}</h4>
          <ul>
            {report.perpetratorDescriptions.map((d, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: descriptions have no id and never reorder
              <li key={n} className="narrative">
                {d}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {report.evidence ? (
        <>
          <h4>{t('console.evidence.title')}</h4>
          {report.evidence.length === 0 ? (
            <p className="state state-empty">{t('console.evidence.none')}</p>
          ) : (
            <ul className="evidence">
              {report.evidence.map((e) => (
                <EvidenceRow key={e.id} caseId={caseId} file={e} permissions={permissions} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}

function EvidenceRow({
  caseId,
  file,
  permissions,
}: {
  caseId: string;
  file: EvidenceItem;
  permissions: CasePermissions;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState(false);
  const base = `/api/v1/cases/${caseId}/evidence/${file.id}`;
  const name = file.filename ?? file.id;
  const getSanitised = () => {
    setError(null);
    download('GET', base, `sanitised-${name}`).catch(setError);
  };
  const onOriginal = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get('reason') ?? '').trim();
    setError(null);
    download('POST', `${base}/original`, name, { reason })
      .then(() => setAsking(false))
      .catch(setError);
  };
  return (
    <li>
      <span className="file-name">{name}</span>{' '}
      <span className="muted">
        {file.mediaType} ·{' '}
        {t('console.evidence.size', { kb: Math.max(1, Math.round(file.sizeBytes / 1024)) })}
      </span>{' '}
      {permissions.downloadEvidence && file.sanitisedAvailable ? (
        <button type="button" onClick={getSanitised}>
          {t('console.evidence.download')}
          <span className="visually-hidden"> {name}</span>
        </button>
      ) : null}
      {!file.sanitisedAvailable ? (
        <p className="notice" data-testid="no-sanitised-copy">
          {t('console.evidence.noSanitised')}
        </p>
      ) : null}
      {permissions.downloadOriginal ? (
        <button type="button" onClick={() => setAsking(true)}>
          {t('console.evidence.original')}
          <span className="visually-hidden"> {name}</span>
        </button>
      ) : null}
      <details className="sha">
        <summary>{t('console.evidence.sha')}</summary>
        <code>{file.sha256Original}</code>
      </details>
      {error && !asking ? (
        <p className="form-error" role="alert">
          {errorText(error, t)}
        </p>
      ) : null}
      <Dialog open={asking} title={t('console.evidence.originalTitle')} onClose={() => setAsking(false)}>
        <form onSubmit={onOriginal}>
          {!file.sanitisedAvailable ? (
            <p className="notice" role="alert">
              {t('console.evidence.originalOnly')}
            </p>
          ) : null}
          <p>{t('console.evidence.originalIntro')}</p>
          <div className="field">
            <label htmlFor={`orig-${file.id}`}>{t('console.reason')}</label>
            <textarea id={`orig-${file.id}`} name="reason" required minLength={5} maxLength={2000} rows={3} />
          </div>
          {error ? (
            <p className="form-error" role="alert">
              {errorText(error, t)}
            </p>
          ) : null}
          <button type="submit" className="primary">
            {t('console.evidence.originalSubmit')}
          </button>
        </form>
      </Dialog>
    </li>
  );
}
