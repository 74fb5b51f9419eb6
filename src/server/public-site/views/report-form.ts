import { LIMITS } from '../../../shared/contracts/report.ts';
import { LOCALE_INFO } from '../../../shared/i18n/locales.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { OTHER_INSTITUTION } from '../../../shared/institutions.ts';
import { OFFERED_STATES, suspectedStateLabel } from '../../../shared/suspected-states.ts';
import {
  ATTRIBUTION_CONFIDENCE,
  INDICATOR_KINDS,
  PLATFORMS,
  PROVINCES,
  REPORTER_KINDS,
  TACTIC_GROUPS,
  type Vocabulary,
} from '../../../shared/taxonomy.ts';
import type { LabelledPack, LabelledTerm } from '../../taxonomy/repo.ts';
import { flag, type Html, html } from '../html.ts';
import {
  choice,
  choiceGroup,
  errorSummary,
  type FieldErrors,
  fieldId,
  type Option,
  select,
  textArea,
  textInput,
  tick,
} from './fields.ts';
import { reportFormCallback } from './frontline.ts';
import { layout, type PageContext } from './layout.ts';

/** The form's one "what is it" choice for an identifier: its kind, or `account:<platform>`. */
export function identifierType(ind: Record<string, unknown>): string {
  const kind = typeof ind.kind === 'string' ? ind.kind : 'phone';
  if (kind !== 'account') return kind;
  return `account:${typeof ind.platform === 'string' ? ind.platform : 'other'}`;
}

/**
 * Blocks and rows rendered at first. "Add another person or group" is a real submit button: without
 * JavaScript the form comes back with everything typed and one more block (the script adds it in place).
 * A block whose rows are all filled comes back with a spare row. Few at first keeps the page light.
 */
export const PERPETRATOR_SLOTS = 1;
export const IDENTIFIER_SLOTS = 3;
/**
 * The values of the form's `more` buttons: real submit buttons that bring the form back with everything
 * typed and one thing more — another person-or-group block, every country, the institutions of the chosen
 * province — so that the first page stays light and everything works without JavaScript.
 */
export const MORE = { perpetrators: 'perpetrator', states: 'states', institutions: 'institutions' } as const;
export type More = (typeof MORE)[keyof typeof MORE];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const rows = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);

export type ReportFormModel = {
  /** What the person typed, in the JSON shape formToReportInput returns (rows compacted). */
  values: Obj;
  /** Field problems by form field name, localised. */
  errors: FieldErrors;
  /** A problem not tied to one field (rate limit, server trouble), localised. */
  problem?: string | undefined;
  /** Files were chosen but not kept: ask to attach them again. */
  filesDropped: boolean;
  terms: Record<Vocabulary, LabelledTerm[]>;
  /** The enabled communities by enabled pack (taxonomy/repo.ts packsForLocale). */
  packs: LabelledPack[];
  maxUploadMb: number;
  idempotencyKey: string;
  /** What the person asked for with one of the `more` buttons. */
  more?: More | undefined;
};

/** The report form. Renders the same whether empty or coming back with problems. */
export function reportFormPage(ctx: PageContext, m: ReportFormModel): string {
  const { t, locale } = ctx;
  const errorPrefix = t('form.errorPrefix');
  const E = m.errors;
  const v = m.values;
  const incident = obj(v.incident);
  const reporter = obj(v.reporter);
  const consents = obj(v.consents);
  const callback = obj(v.callback);
  const anonymous = reporter.anonymous !== false;
  const common = { errors: E, errorPrefix };

  // The first box of a list carries the id the error summary links to.
  const checkboxes = (name: string, terms: readonly LabelledTerm[], selected: readonly string[]) =>
    html`<div class="choices columns">${terms.map((term, i) =>
      tick({
        type: 'checkbox',
        name,
        value: term.code,
        id: i === 0 ? `${fieldId(name)}-${term.code}` : undefined,
        label: term.label,
        checked: selected.includes(term.code),
      }),
    )}</div>`;

  // Tactics in their groups; a term an admin added outside the seed groups joins "other".
  const tactics = m.terms.tactic;
  const grouped = new Set<string>(Object.values(TACTIC_GROUPS).flat());
  const selectedTactics = list(v.tactics);
  const tacticGroups = (Object.entries(TACTIC_GROUPS) as [string, readonly string[]][]).map(
    ([group, codes]) => {
      const inGroup = tactics.filter(
        (term) => codes.includes(term.code) || (group === 'other' && !grouped.has(term.code)),
      );
      if (inGroup.length === 0) return '';
      return html`<fieldset><legend>${t(`taxonomy.tactic_group.${group}` as MessageKey)}</legend>${checkboxes('tactics', inGroup, selectedTactics)}</fieldset>`;
    },
  );

  const perpetrators = rows(v.perpetrators);
  const slots = Math.min(
    LIMITS.perpetrators,
    Math.max(PERPETRATOR_SLOTS, perpetrators.length) + (m.more === MORE.perpetrators ? 1 : 0),
  );
  const typeOptions: Option[] = [
    { value: '', label: t('form.choose') },
    ...m.terms.perpetrator_type.map((term) => ({ value: term.code, label: term.label })),
  ];
  const confidenceOptions: Option[] = [
    { value: '', label: t('form.choose') },
    ...ATTRIBUTION_CONFIDENCE.map((c) => ({ value: c, label: t(`taxonomy.confidence.${c}` as MessageKey) })),
  ];
  // One choice says what an identifier is, accounts named with their platform ("WeChat account").
  const typeOfIdentifier: Option[] = [
    ...INDICATOR_KINDS.filter((k) => k !== 'account' && k !== 'other').map((k) => ({
      value: k,
      label: t(`taxonomy.indicator_kind.${k}` as MessageKey),
    })),
    ...PLATFORMS.map((p) => ({
      value: `account:${p}`,
      label: t('form.identifier.account', { platform: t(`taxonomy.platform.${p}` as MessageKey) }),
    })),
    { value: 'other', label: t('taxonomy.indicator_kind.other') },
  ];

  const perpetratorBlock = (i: number) => {
    const p = perpetrators[i] ?? {};
    const base = `perpetrators[${i}]`;
    const indicators = rows(p.indicators);
    const idSlots = Math.min(
      LIMITS.indicatorsPerPerpetrator,
      Math.max(IDENTIFIER_SLOTS, indicators.length + (indicators.length >= IDENTIFIER_SLOTS ? 1 : 0)),
    );
    const idRows = Array.from({ length: idSlots }, (_, j) => {
      const ind = indicators[j] ?? {};
      const row = `${base}[indicators][${j}]`;
      return html`<div class="identifier-row">${select({
        ...common,
        name: `${row}[type]`,
        label: t('form.identifier.kind', { n: j + 1 }),
        value: identifierType(ind),
        options: typeOfIdentifier,
      })}${textInput({
        ...common,
        name: `${row}[value]`,
        label: t('form.identifier.value', { n: j + 1 }),
        value: str(ind.value),
        extraClass: 'ltr',
        maxlength: LIMITS.indicatorValue,
      })}</div>`;
    });
    return html`<fieldset data-perpetrator="${i}" id="${fieldId(base)}"><legend>${t('form.perpetrator.legend', { n: i + 1 })}</legend>
${textArea({ ...common, name: `${base}[description]`, label: t('form.perpetrator.description'), value: str(p.description), rows: 3, extraClass: 'short' })}
${textInput({ ...common, name: `${base}[organisation]`, label: t('form.perpetrator.organisation'), hint: t('form.perpetrator.organisationHint'), value: str(p.organisation), maxlength: LIMITS.shortText })}
${select({ ...common, name: `${base}[type]`, label: t('form.perpetrator.type'), value: str(p.type), options: typeOptions })}
${select({ ...common, name: `${base}[attributionConfidence]`, label: t('form.perpetrator.confidence'), value: str(p.attributionConfidence), options: confidenceOptions })}
<fieldset><legend>${t('form.identifiers.legend')}</legend><span class="hint">${t('form.identifiers.hint')}</span>${idRows}</fieldset>
<button type="button" class="secondary" data-remove-perpetrator hidden>${t('form.perpetrator.remove')}</button>
</fieldset>`;
  };

  const where = whereFields(ctx, m, incident, common);
  const suspectedState = str(v.suspectedState);
  const states = stateField(ctx, m, suspectedState, common);
  // The communities of the chosen state's pack first (the script moves them up when the choice changes).
  const packs = [...m.packs].sort(
    (a, b) => Number(b.suspectedState === suspectedState) - Number(a.suspectedState === suspectedState),
  );
  const selectedCommunities = list(v.communities);
  const communityGroups = html`<div data-packs>${packs.map(
    (pack) =>
      html`<fieldset${pack.suspectedState ? html` data-state="${pack.suspectedState}"` : ''}><legend>${pack.label}</legend>${checkboxes('communities', pack.communities, selectedCommunities)}</fieldset>`,
  )}</div>`;

  const consent = (name: 'contact' | 'referralToPolice' | 'anonymisedStatistics' | 'updates') =>
    choice({
      type: 'checkbox',
      name: `consents[${name}]`,
      value: 'true',
      id: fieldId(`consents[${name}]`),
      label: t(`form.consent.${name}.label` as MessageKey),
      hint: t(`form.consent.${name}.hint` as MessageKey),
      checked: consents[name] === true,
      extraClass: 'consent',
    });

  // The form's first submit button is the default one, used when Enter is pressed in a field: a hidden
  // copy of "Send" comes first so that Enter sends the report, as it would without "Add another".
  const form = html`<form method="post" action="/${locale}/report" enctype="multipart/form-data" id="report-form" novalidate data-pow>
<button type="submit" hidden>${t('form.submit')}</button>
<input type="hidden" name="language" value="${locale}">
<input type="hidden" name="idempotencyKey" value="${m.idempotencyKey}">
<input type="hidden" name="powChallenge" value="">
<input type="hidden" name="powSolution" value="">

<fieldset><legend>${t('form.story.legend')}</legend>
${choice({ type: 'checkbox', name: 'inDangerNow', value: 'true', id: fieldId('inDangerNow'), label: html`<strong>${t('form.inDangerNow.label')}</strong>`, hint: t('form.inDangerNow.hint'), checked: v.inDangerNow === true })}
${textArea({ ...common, name: 'narrative', label: html`${t('form.narrative.label')} <span class="required">${t('public.required')}</span>`, hint: t('form.narrative.hint'), value: str(v.narrative), required: true, rows: 10 })}
${choiceGroup({
  ...common,
  name: 'reporterKind',
  legend: t('form.reporterKind.legend'),
  body: html`<div class="choices">${REPORTER_KINDS.map((k, i) =>
    tick({
      type: 'radio',
      name: 'reporterKind',
      value: k,
      id: i === 0 ? `${fieldId('reporterKind')}-${k}` : undefined,
      label: t(`form.reporterKind.${k}` as MessageKey),
      checked: (str(v.reporterKind) ?? 'self') === k,
    }),
  )}</div>`,
})}
</fieldset>

<fieldset><legend>${t('form.when.legend')}</legend>
${textInput({ ...common, name: 'incident[startedOn]', type: 'date', label: t('form.startedOn.label'), hint: t('form.date.hint'), value: str(incident.startedOn) })}
${textInput({ ...common, name: 'incident[endedOn]', type: 'date', label: t('form.endedOn.label'), value: str(incident.endedOn) })}
<div class="choices">${tick({ type: 'checkbox', name: 'incident[ongoing]', value: 'true', id: fieldId('incident[ongoing]'), label: t('form.ongoing.label'), checked: incident.ongoing === true })}</div>
</fieldset>

${where}

${choiceGroup({ ...common, name: 'tactics', legend: t('form.tactics.legend'), body: html`${tacticGroups}` })}
${choiceGroup({ ...common, name: 'channels', legend: t('form.channels.legend'), body: checkboxes('channels', m.terms.channel, list(v.channels)) })}
${states}
${choiceGroup({ ...common, name: 'communities', legend: t('form.communities.legend'), hint: t('form.communities.hint'), body: communityGroups })}

<fieldset id="${fieldId('perpetrators')}"><legend>${t('form.who.legend')}</legend>
<span class="hint">${t('form.who.hint')}</span>
${E.get('perpetrators') ? html`<span class="error-message" id="${fieldId('perpetrators')}-error">${E.get('perpetrators')}</span>` : ''}
${Array.from({ length: slots }, (_, i) => perpetratorBlock(i))}
${slots < LIMITS.perpetrators ? html`<button type="submit" name="more" value="${MORE.perpetrators}" formaction="/${locale}/report#${fieldId(`perpetrators[${slots}]`)}" class="secondary" data-add-perpetrator data-max="${LIMITS.perpetrators}">${t('form.perpetrator.add')}</button>` : ''}
</fieldset>

${choiceGroup({ ...common, name: 'impacts', legend: t('form.impacts.legend'), body: checkboxes('impacts', m.terms.impact, list(v.impacts)) })}

<fieldset><legend>${t('form.evidence.legend')}</legend>
${m.filesDropped ? html`<p class="notice warning">${t('form.filesNotKept')}</p>` : ''}
${fileInput(ctx, { name: 'evidence', errors: E, errorPrefix, maxMb: m.maxUploadMb })}
</fieldset>

<fieldset><legend>${t('form.contact.legend')}</legend>
${E.get('reporter[anonymous]') ? html`<span class="error-message" id="${fieldId('reporter[anonymous]')}-error">${E.get('reporter[anonymous]')}</span>` : ''}
<div class="choices">
${tick({ type: 'radio', name: 'reporter[anonymous]', value: 'true', id: fieldId('reporter[anonymous]'), label: t('form.anonymous.true'), checked: anonymous })}
${tick({ type: 'radio', name: 'reporter[anonymous]', value: 'false', label: t('form.anonymous.false'), checked: !anonymous })}
</div>
<div data-identity>
<p class="hint">${t('form.identity.hint')}</p>
${textInput({ ...common, name: 'reporter[name]', label: t('form.name.label'), value: str(reporter.name), autocomplete: 'off', maxlength: LIMITS.name })}
${textInput({ ...common, name: 'reporter[email]', type: 'email', label: t('form.email.label'), value: str(reporter.email), autocomplete: 'off', extraClass: 'ltr', maxlength: LIMITS.email })}
${textInput({ ...common, name: 'reporter[phone]', type: 'tel', label: t('form.phone.label'), value: str(reporter.phone), autocomplete: 'off', extraClass: 'ltr', maxlength: LIMITS.phone })}
${textInput({ ...common, name: 'reporter[preferredLanguage]', label: t('form.preferredLanguage.label'), value: str(reporter.preferredLanguage) ?? (anonymous ? LOCALE_INFO[locale].name : undefined), maxlength: LIMITS.preferredLanguage })}
${textArea({ ...common, name: 'reporter[safeToContact]', label: t('form.safeToContact.label'), hint: t('form.safeToContact.hint'), value: str(reporter.safeToContact), rows: 3, extraClass: 'short' })}
</div>
</fieldset>

${reportFormCallback(ctx, { wanted: str(callback.wanted) === 'true', draft: { phone: str(callback.phone), safeTimes: str(callback.safeTimes), language: str(callback.language) }, errors: E })}

<fieldset><legend>${t('form.consents.legend')}</legend>
<span class="hint">${t('form.consents.hint')}</span>
${consent('contact')}${consent('referralToPolice')}${consent('anonymisedStatistics')}${consent('updates')}
</fieldset>

<p class="hint" id="submit-hint">${t('form.submit.hint')}</p>
<button type="submit" aria-describedby="submit-hint">${t('form.submit')}</button>
</form>`;

  const body = html`<h1>${t('form.title')}</h1>
<p class="lead">${t('form.intro')}</p>
<p>${t('form.noSave')}</p>
${form}`;

  // The summary lists problems in the order their fields appear on the page.
  const items = summaryItems(ctx, m.errors, body.value);
  const summary =
    items.length > 0 || m.problem
      ? errorSummary({
          title: t('form.errorSummary.title'),
          intro: m.problem ?? t('form.errorSummary.intro'),
          items,
        })
      : '';

  return layout(ctx, {
    title:
      items.length > 0 || m.problem ? `${t('form.errorSummary.title')}: ${t('form.title')}` : t('form.title'),
    page: 'report',
    current: 'report',
    body: html`${summary}${body}`,
  });
}

type Common = { errors: FieldErrors; errorPrefix: string };

/**
 * Where it happened: the province, the city (sealed) and the institution. The institutions of a province
 * are listed once the province is chosen (a button brings the form back with them; ~70 in Quebec would
 * weigh too much on every first page); until then, or when it is not on the list, the institution's name
 * is typed (sealed, and matched to the list's names on arrival).
 */
function whereFields(ctx: PageContext, m: ReportFormModel, incident: Obj, common: Common): Html {
  const { t, locale } = ctx;
  const province = str(incident.province);
  const provinceOptions: Option[] = [
    { value: '', label: t('form.choose') },
    ...PROVINCES.map((p) => ({ value: p, label: t(`taxonomy.province.${p}` as MessageKey) })),
  ];
  const institutions = province ? m.terms.institution.filter((i) => i.attributes?.province === province) : [];
  const otherLabel = m.terms.institution.find((i) => i.code === OTHER_INSTITUTION)?.label ?? '';
  const kinds = ['university', 'college'] as const;
  const institutionSelect =
    institutions.length > 0
      ? html`<div class="field"><label for="${fieldId('incident[institution]')}">${t('form.institution.label')}</label><select name="incident[institution]" id="${fieldId('incident[institution]')}"><option value="">${t('form.choose')}${kinds.map(
          (kind) => {
            const ofKind = institutions.filter((i) => i.attributes?.kind === kind);
            return ofKind.length
              ? html`<optgroup label="${t(`form.institution.${kind}` as MessageKey)}">${ofKind.map((i) => html`<option value="${i.code}"${flag(i.code === str(incident.institution), 'selected')}>${i.label}`)}</optgroup>`
              : '';
          },
        )}<option value="${OTHER_INSTITUTION}"${flag(str(incident.institution) === OTHER_INSTITUTION, 'selected')}>${otherLabel}</select></div>`
      : '';
  const asked = m.more === MORE.institutions;
  const listButton =
    institutions.length > 0 && !asked
      ? ''
      : html`<button type="submit" name="more" value="${MORE.institutions}" formaction="/${locale}/report#${fieldId('incident[institution]')}" class="secondary"${asked && !province ? html` aria-describedby="institution-note"` : ''}>${t('form.institution.list')}</button>${asked && !province ? html`<p class="notice" id="institution-note">${t('form.institution.chooseProvince')}</p>` : ''}`;
  return html`<fieldset><legend>${t('form.where.legend')}</legend>
${select({ ...common, name: 'incident[province]', label: t('form.province.label'), value: province, options: provinceOptions })}
${textInput({ ...common, name: 'incident[city]', label: t('form.city.label'), value: str(incident.city), maxlength: LIMITS.shortText })}
${institutionSelect}${listButton}
${textInput({ ...common, name: 'incident[institutionOther]', id: institutionSelect ? undefined : fieldId('incident[institution]'), label: institutionSelect ? t('form.institutionOther.label') : t('form.institution.label'), value: str(incident.institutionOther), maxlength: LIMITS.shortText })}
</fieldset>`;
}

/**
 * The suspected state, asked once: "not sure", then the states of enabled packs; every other state comes
 * with a button (or at once when the answer being shown is one of them), named in the page's language.
 */
function stateField(ctx: PageContext, m: ReportFormModel, chosen: string | undefined, common: Common): Html {
  const { t, locale } = ctx;
  const first = [...new Set(m.packs.flatMap((p) => (p.suspectedState ? [p.suspectedState] : [])))];
  const all = m.more === MORE.states || (chosen !== undefined && chosen !== '' && !first.includes(chosen));
  const collator = new Intl.Collator(locale);
  const named = (code: string): Option => {
    const { name, lang } = suspectedStateLabel(code, locale);
    return lang ? { value: code, label: name, lang } : { value: code, label: name };
  };
  const rest = all
    ? OFFERED_STATES.filter((c) => !first.includes(c))
        .map(named)
        .sort((a, b) => collator.compare(a.label, b.label))
    : [];
  const id = fieldId('suspectedState');
  const error = common.errors.get('suspectedState');
  const option = (o: Option) =>
    html`<option value="${o.value}"${o.lang ? html` lang="${o.lang}"` : ''}${flag(o.value === (chosen ?? ''), 'selected')}>${o.label}`;
  return html`<div class="field${error ? ' field-error' : ''}"><label for="${id}">${t('form.suspectedState.label')}</label>${error ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${common.errorPrefix} </span>${error}</span>` : ''}<select name="suspectedState" id="${id}"${error ? html` aria-describedby="${id}-error" aria-invalid="true"` : ''}>${option({ value: '', label: t('form.suspectedState.unknown') })}${first.map(named).map(option)}${rest.length ? html`<optgroup label="${t('form.suspectedState.others')}">${rest.map(option)}</optgroup>` : ''}</select></div>${all ? '' : html`<button type="submit" name="more" value="${MORE.states}" formaction="/${locale}/report#${id}" class="secondary">${t('form.suspectedState.more')}</button>`}`;
}

function fileInput(
  ctx: PageContext,
  f: { name: string; errors: FieldErrors; errorPrefix: string; maxMb: number },
): Html {
  const { t } = ctx;
  const id = fieldId(f.name);
  const error = f.errors.get(f.name);
  return html`<div class="field${error ? ' field-error' : ''}"><label for="${id}">${t('form.evidence.label')}</label><span class="hint" id="${id}-hint">${t('form.evidence.hint', { max: LIMITS.files, mb: f.maxMb })}</span>${error ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${f.errorPrefix} </span>${error}</span>` : ''}<input type="file" id="${id}" name="${f.name}" multiple aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"${error ? html` aria-invalid="true"` : ''}></div>`;
}

/** The label a field's summary entry starts with. */
function labelFor(ctx: PageContext, name: string): string {
  const { t } = ctx;
  const fixed: Record<string, MessageKey> = {
    narrative: 'form.narrative.label',
    reporterKind: 'form.reporterKind.legend',
    'incident[startedOn]': 'form.startedOn.label',
    'incident[endedOn]': 'form.endedOn.label',
    'incident[province]': 'form.province.label',
    'incident[city]': 'form.city.label',
    'incident[institution]': 'form.institution.label',
    'incident[institutionOther]': 'form.institutionOther.label',
    tactics: 'form.tactics.legend',
    channels: 'form.channels.legend',
    communities: 'form.communities.legend',
    impacts: 'form.impacts.legend',
    suspectedState: 'form.suspectedState.label',
    perpetrators: 'form.who.legend',
    evidence: 'form.evidence.label',
    'reporter[anonymous]': 'form.contact.legend',
    'reporter[name]': 'form.name.label',
    'reporter[email]': 'form.email.label',
    'reporter[phone]': 'form.phone.label',
    'reporter[preferredLanguage]': 'form.preferredLanguage.label',
    'reporter[safeToContact]': 'form.safeToContact.label',
    'callback[phone]': 'callback.phone.label',
    'callback[safeTimes]': 'callback.safeTimes.label',
    'callback[language]': 'callback.language.label',
  };
  const key = fixed[name];
  if (key) return t(key);
  const p =
    /^perpetrators\[(\d+)\](?:\[(description|organisation|type|attributionConfidence)\]|\[indicators\]\[(\d+)\]\[(type|value)\])?/.exec(
      name,
    );
  if (p) {
    const who = t('form.perpetrator.legend', { n: Number(p[1]) + 1 });
    if (p[2]) {
      const k = {
        description: 'form.perpetrator.description',
        organisation: 'form.perpetrator.organisation',
        type: 'form.perpetrator.type',
        attributionConfidence: 'form.perpetrator.confidence',
      } as const;
      return `${who}: ${t(k[p[2] as keyof typeof k])}`;
    }
    if (p[3] && p[4]) {
      const k = { type: 'form.identifier.kind', value: 'form.identifier.value' } as const;
      return `${who}: ${t(k[p[4] as keyof typeof k], { n: Number(p[3]) + 1 })}`;
    }
    return who;
  }
  return t('form.title');
}

function summaryItems(ctx: PageContext, errors: FieldErrors, rendered: string) {
  return [...errors.entries()]
    .map(([name, message]) => {
      const id = fieldId(name);
      // Groups link to their first choice; a field without a control links to the form.
      const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const match = new RegExp(`id="(${escaped}(?:-(?!group"|error"|hint")[^"]*)?)"`).exec(rendered);
      const at = match ? match.index : -1;
      const target = match?.[1] ?? 'report-form';
      return { at, href: `#${target}`, text: `${labelFor(ctx, name)}: ${message}` };
    })
    .sort((a, b) => a.at - b.at)
    .map(({ href, text }) => ({ href, text }));
}
