import type { TriageSummary } from '../../../shared/contracts/triage.ts';
import { triage as triageCatalog } from '../../../shared/i18n/catalogs/triage.ts';
import { useCatalogText } from '../../app/catalog-text.ts';
import { useI18n } from '../../app/i18n.tsx';

/**
 * One short line that lets a case be triaged without opening it: tactics · communities · channels ·
 * province · language, then what needs doing (a file to look at, an interpreter, a call-back, an
 * escalation) and whether it belongs to a campaign. Only what the server sent: analysts get codes only.
 */
export function SummaryLine({ summary }: { summary: TriageSummary }) {
  const { label, locale } = useI18n();
  const q = useCatalogText(triageCatalog);
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  const codes = (vocabulary: string, list: string[]) => list.map((c) => label(vocabulary, c)).join(', ');
  const facts = [
    codes('tactic', summary.tactics),
    codes('community', summary.communities),
    codes('channel', summary.channels),
    summary.province ? label('province', summary.province) : '',
    (summary.languages ?? []).map((l) => languageName.of(l) ?? l).join(', '),
  ].filter(Boolean);
  const flags = [
    summary.hasEvidence ? q('triage.summary.evidence') : '',
    summary.interpreterNeeded ? q('triage.summary.interpreter') : '',
    summary.inCampaign ? q('triage.summary.campaign') : '',
  ].filter(Boolean);
  return (
    <>
      <span className="summary-line">
        {facts.length ? facts.join(' · ') : q('triage.summary.unclassified')}
      </span>
      {flags.length || summary.tags?.length ? (
        <span className="summary-flags">
          {flags.map((f) => (
            <span key={f} className="flag">
              {f}
            </span>
          ))}
          {summary.tags?.map((tag) => (
            <span key={tag.id} className="tag">
              {tag.label}
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}

/** The mark of a synthetic (demo) case, read out in full by screen readers. */
export function SyntheticBadge() {
  const q = useCatalogText(triageCatalog);
  return (
    <span className="badge synthetic" title={q('triage.synthetic.hint')}>
      <span aria-hidden="true">{q('triage.synthetic')}</span>
      <span className="visually-hidden">{q('triage.synthetic.hint')}</span>
    </span>
  );
}
