/** Noun forms by CLDR plural category; `other` is the fallback for categories a language does not list. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * A count with its noun in the right plural form for the language, digits in Latin script.
 *
 * @example
 *   countPhrase('en', 1, { one: 'day', other: 'days' })                       // "1 day"
 *   countPhrase('ar', 10, { few: 'أيام', many: 'يوما', other: 'يوم' })        // "10 أيام"
 *   countPhrase('ar', 15, { few: 'أيام', many: 'يوما', other: 'يوم' })        // "15 يوما"
 */
export function countPhrase(language: string, count: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(language).select(count);
  return `${count} ${forms[category] ?? forms.other}`;
}
