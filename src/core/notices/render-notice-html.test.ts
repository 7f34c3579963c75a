import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { availableNoticeLanguages, NOTICE_TEMPLATES, noticeTemplateFor } from './notice-templates.js';
import { buildNoticeContent } from './notice-content.js';
import { renderNoticeHtml } from './render-notice-html.js';
import { sampleNoticeInput } from './sample-notice-input.js';
import { escapeHtml } from './html-escape.js';

function thrownBy(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('notice templates', () => {
  it('exist for English, Spanish, Arabic and French', () => {
    expect(availableNoticeLanguages()).toEqual(['ar', 'en', 'es', 'fr']);
  });

  it('carry translation provenance marked as written for the project', () => {
    for (const template of NOTICE_TEMPLATES.values()) {
      expect(template.provenance.writtenForProject).toBe(true);
      expect(template.provenance.translatedOn).toBe('2026-11-29');
      expect(template.provenance.translatedFrom).toBe(template.language === 'en' ? null : 'en');
    }
  });

  it('an unknown language is an AppError listing the available ones', () => {
    const error = thrownBy(() => noticeTemplateFor('ti'));
    expect(error.code).toBe('notice_language_unavailable');
    expect(error.details).toEqual({ language: 'ti', available: ['ar', 'en', 'es', 'fr'] });
    expect(error.userMessage).toBe('No notice template exists for "ti". Available languages: ar, en, es, fr.');
    expect(thrownBy(() => renderNoticeHtml(sampleNoticeInput('de'))).code).toBe('notice_language_unavailable');
  });

  it('an unknown destination is unknown_country', () => {
    expect(thrownBy(() => renderNoticeHtml({ ...sampleNoticeInput('en'), destinationCountry: 'XX' })).code).toBe('unknown_country');
  });
});

describe('renderNoticeHtml', () => {
  const expectations = [
    { language: 'en', dir: 'ltr', country: 'Rwanda', title: 'Notice of removal to a third country', fear: 'You have 10 days from this notice to raise a fear claim.' },
    { language: 'es', dir: 'ltr', country: 'Ruanda', title: 'Aviso de expulsión a un tercer país', fear: 'Tiene 10 días desde este aviso para presentar una solicitud por temor.' },
    { language: 'fr', dir: 'ltr', country: 'Rwanda', title: 'Avis d’éloignement vers un pays tiers', fear: 'Vous disposez de 10 jours à compter du présent avis pour présenter une demande fondée sur la crainte.' },
    { language: 'ar', dir: 'rtl', country: 'رواندا', title: 'إشعار بالترحيل إلى بلد ثالث', fear: 'لديك 10 أيام من تاريخ هذا الإشعار لتقديم طلب بسبب الخوف.' },
  ] as const;

  for (const expected of expectations) {
    it(`renders ${expected.language} with lang, dir, localised destination and the rule set's deadlines`, () => {
      const html = renderNoticeHtml(sampleNoticeInput(expected.language));
      expect(html.startsWith(`<!DOCTYPE html>\n<html lang="${expected.language}" dir="${expected.dir}">\n<head>\n<meta charset="utf-8">`)).toBe(true);
      expect(html).toContain(`<title>${expected.title}</title>`);
      expect(html).toContain(`<h1>${expected.title}</h1>`);
      expect(html).toContain('@page { size: A4; margin: 20mm; }');
      expect(html).toContain(expected.country);
      expect(html).toContain(`<li>${escapeHtml(expected.fear)}</li>`);
      expect(html).toContain('Amina Q. Example');
      expect(html).toContain('+1 555 0199');
      expect(html).toContain('WP-2025-0042');
      for (const number of ['240', '72', '15']) expect(html).toContain(number);
      expect(html.endsWith('</html>\n')).toBe(true);
    });
  }

  it('writes the English notice in full', () => {
    const content = buildNoticeContent(sampleNoticeInput('en'));
    expect(content.blocks.map((block) => `${block.kind}: ${block.text}`)).toEqual([
      'title: Notice of removal to a third country',
      'marking: Template written for the Waypoint project. Not an official government form.',
      'field: To: Amina Q. Example',
      'field: Case reference: WP-2025-0042',
      'field: Date of this notice: April 1, 2025',
      'paragraph: The government intends to remove you to Rwanda.',
      'paragraph: You will not be removed sooner than 240 hours after you receive this notice.',
      'paragraph: You will not be removed before April 11, 2025 at 9:00 AM (UTC).',
      'heading: Your rights',
      'item: If you fear persecution or torture in Rwanda, you may say so. To raise a fear claim: tell the officer who serves this notice, or call +1 555 0100.',
      'item: You have 10 days from this notice to raise a fear claim.',
      'item: If you raise a fear claim, you will be told of your interview at least 72 hours in advance. Your lawyer may be present, and an interpreter will be provided.',
      'item: If your fear claim is refused, you have 15 days to ask for your case to be reopened.',
      'item: You may ask a federal court to review whether your detention and removal are lawful (a petition for a writ of habeas corpus). File it in the district court where you are held, before you are removed; your lawyer or a legal service listed below can help you, and filing it does not cost you your other rights.',
      'item: If you do not understand this notice, ask for an interpreter. You will not be charged.',
      'heading: Legal help',
      'paragraph: Your lawyer of record: Jordan Example, Example Legal Aid',
      'paragraph: You may contact these legal services:',
      'item: Example Immigrant Legal Services — +1 555 0199 — 1 Example Street, Springfield',
      'footnote: These rights and deadlines come from: US-DVD-STRICT, D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.)',
      'heading: About this translation',
      'footnote: Written by Waypoint project team (source text) on 2026-11-29.',
      'footnote: Not yet reviewed by a qualified translator.',
    ]);
  });

  it('omits the sentences for deadlines the rule set does not give', () => {
    const input = sampleNoticeInput('en');
    const html = renderNoticeHtml({
      ...input,
      removalNotBefore: null,
      counselOfRecord: null,
      legalServices: [],
      rights: { ...input.rights, hoursBeforeRemoval: 24, fearWindowDays: null, interviewNoticeHours: null, reopeningWindowDays: null, contestInCourt: false },
    });
    expect(html).toContain('You will not be removed sooner than 24 hours after you receive this notice.');
    for (const absent of ['days from this notice', 'interview', 'reopened', 'habeas', 'You will not be removed before', 'lawyer of record', 'legal services:']) {
      expect(html).not.toContain(absent);
    }
  });

  it('isolates interpolated facts in Arabic so Latin names do not reorder the sentence', () => {
    const content = buildNoticeContent(sampleNoticeInput('ar'));
    expect(content.blocks[2]).toEqual({ kind: 'field', text: 'إلى: \u2068Amina Q. Example\u2069' });
    expect(content.destinationName).toBe('رواندا');
  });

  it('escapes every interpolated value', () => {
    const input = sampleNoticeInput('en');
    const html = renderNoticeHtml({
      ...input,
      personName: '<script>alert(1)</script>',
      caseReference: '"onload="x',
      rights: { ...input.rights, fearClaimHow: "call <b>'me'</b> & co" },
      legalServices: [{ name: '<img src=x>', phone: null, address: null }],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('To: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Case reference: &quot;onload=&quot;x');
    expect(html).toContain('call &lt;b&gt;&#39;me&#39;&lt;/b&gt; &amp; co');
    expect(html).toContain('<li>&lt;img src=x&gt;</li>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
