import { listCountries } from '../api/endpoints';
import { useResource } from '../api/use-resource';

export interface CountryOption {
  readonly value: string;
  readonly label: string;
}

/** Countries for a filter, as "RW — Rwanda"; empty while loading or if the list fails. */
export function useCountryOptions(): readonly CountryOption[] {
  const countries = useResource(async (signal) => (await listCountries(signal)).data.items, []);
  if (countries.status !== 'ready') return [];
  return countries.data.map((country) => ({ value: country.code, label: `${country.code} — ${country.name}` }));
}
