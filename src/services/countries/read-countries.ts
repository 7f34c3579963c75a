import type { Country } from '../../core/country.js';
import { AppError } from '../../core/errors.js';
import type { ServiceContext } from '../context.js';

export async function listCountries(ctx: ServiceContext): Promise<Country[]> {
  return ctx.db.selectFrom('countries').select(['code', 'name']).orderBy('code').execute();
}

export async function getCountry(ctx: ServiceContext, code: string): Promise<Country> {
  const country = await ctx.db.selectFrom('countries').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
  if (!country) throw new AppError('not_found', `country ${code} not found`, { code });
  return country;
}
