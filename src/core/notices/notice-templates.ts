import { AppError } from '../errors.js';
import type { NoticeTemplate } from './notice-template.js';
import { ARABIC_NOTICE } from './templates/ar.js';
import { ENGLISH_NOTICE } from './templates/en.js';
import { FRENCH_NOTICE } from './templates/fr.js';
import { SPANISH_NOTICE } from './templates/es.js';

/** Every third-country removal notice template, keyed by ISO 639-1 language. */
export const NOTICE_TEMPLATES: ReadonlyMap<string, NoticeTemplate> = new Map(
  [ENGLISH_NOTICE, SPANISH_NOTICE, ARABIC_NOTICE, FRENCH_NOTICE].map((template) => [template.language, template]),
);

/**
 * Languages that have a notice template, sorted.
 *
 * @example
 *   availableNoticeLanguages() // ['ar', 'en', 'es', 'fr']
 */
export function availableNoticeLanguages(): string[] {
  return [...NOTICE_TEMPLATES.keys()].sort();
}

/**
 * The template for a language, or AppError('notice_language_unavailable') whose
 * details.available lists the languages that have one.
 *
 * @example
 *   noticeTemplateFor('ar').direction // 'rtl'
 *   noticeTemplateFor('ti')           // throws; details: { language: 'ti', available: ['ar', 'en', 'es', 'fr'] }
 */
export function noticeTemplateFor(language: string): NoticeTemplate {
  const template = NOTICE_TEMPLATES.get(language);
  if (template) return template;
  const available = availableNoticeLanguages();
  throw new AppError(
    'notice_language_unavailable',
    `no notice template for language "${language}"`,
    { language, available },
    `No notice template exists for "${language}". Available languages: ${available.join(', ')}.`,
  );
}
