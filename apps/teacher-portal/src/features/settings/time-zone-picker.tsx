import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { SelectField, TextField } from '../../components/form/fields.tsx';

/** Every IANA zone the browser knows, plus the one stored (it may be an older alias). */
export function knownTimeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

const searchable = (text: string) => text.toLowerCase().replace(/[_/]/g, ' ');
const matchesSearch = (zone: string, search: string) =>
  searchable(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => searchable(zone).includes(word));

/**
 * The branch's time zone, picked from the list of IANA zones rather than typed: a search box narrows
 * the list ("york", "tokyo", "europe"), and the list is the value, so only a real zone can be chosen.
 */
export function TimeZonePicker({ zones, error }: { zones: string[]; error: string | undefined }) {
  const { register, watch } = useFormContext<{ timeZone: string }>();
  const [search, setSearch] = useState('');
  const chosen = watch('timeZone');
  const matching = useMemo(() => zones.filter((zone) => matchesSearch(zone, search)), [zones, search]);
  // The chosen zone stays visible as the selection whatever the search says.
  const shown = matching.includes(chosen) ? matching : [chosen, ...matching];
  return (
    <fieldset>
      <legend>Time zone</legend>
      <TextField
        label="Find a time zone"
        type="search"
        hint="Type a city or region, e.g. London or New York. Meeting times are typed and shown in the branch's zone; existing meetings keep their moment in time."
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField label="Time zone" size={8} error={error} {...register('timeZone')}>
        {shown.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </SelectField>
      <p className="muted small" role="status">
        {!search
          ? ''
          : matching.length === 0
            ? 'No time zone matches. Try a nearby city or fewer letters.'
            : `${matching.length} ${matching.length === 1 ? 'zone matches' : 'zones match'}.`}
      </p>
    </fieldset>
  );
}
