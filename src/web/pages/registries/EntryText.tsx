import type { NamedActorMatch, RegistryEntry } from '../../../shared/contracts/registries.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useRegistryText } from '../../app/registry-text.ts';

/** A register entry as a sentence: "Registered under FARA as agent of CCTV (CHINA) since …", with its details. */
export function EntryText({ entry }: { entry: RegistryEntry }) {
  const rt = useRegistryText();
  const { date } = useI18n();
  const source = entry.source === 'us-fara' ? 'FARA' : entry.sourceName;
  return (
    <>
      <strong>
        {entry.registeredOn
          ? rt('registries.case.registeredAs', {
              source,
              principal: entry.principal,
              country: entry.country,
              since: date(entry.registeredOn, false),
            })
          : rt('registries.case.registeredAsUndated', {
              source,
              principal: entry.principal,
              country: entry.country,
            })}
      </strong>
      <br />
      {rt('registries.case.registrant', {
        registrant: entry.registrant,
        number: entry.registrationNumber ?? 'none',
      })}
      {entry.terminatedOn ? (
        <> {rt('registries.case.ended', { on: date(entry.terminatedOn, false) })}</>
      ) : null}
      {entry.current ? null : <> {rt('registries.case.notCurrent')}</>}
      {entry.sourceUrl ? (
        <>
          {' '}
          <a href={entry.sourceUrl} rel="noreferrer noopener" target="_blank">
            {entry.sourceUrl}
          </a>
        </>
      ) : null}
    </>
  );
}

/** Where and how a match was found, and how sure. */
export function HowFound({ match }: { match: Pick<NamedActorMatch, 'foundIn' | 'how' | 'confidence'> }) {
  const rt = useRegistryText();
  return (
    <>
      {rt(`registries.foundIn.${match.foundIn}`)}, {rt(`registries.how.${match.how}`)} —{' '}
      {rt(`registries.confidence.${match.confidence}`)}
    </>
  );
}

/** An actor of the alias table that no register lists. */
export function UnregisteredText({ actor }: { actor: NonNullable<NamedActorMatch['actor']> }) {
  const rt = useRegistryText();
  const { locale } = useI18n();
  const state = new Intl.DisplayNames([locale], { type: 'region' }).of(actor.state) ?? actor.state;
  return <strong>{rt('registries.case.unregistered', { actor: actor.label, state })}</strong>;
}
