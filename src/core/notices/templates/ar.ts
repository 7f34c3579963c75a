import { countPhrase } from '../count-phrase.js';
import type { NoticeTemplate } from '../notice-template.js';

const hoursPhrase = (count: number): string => countPhrase('ar', count, { few: 'ساعات', many: 'ساعة', other: 'ساعة' });
const daysPhrase = (count: number): string => countPhrase('ar', count, { few: 'أيام', many: 'يوما', other: 'يوم' });

/** Right-to-left. Facts interpolated here (names, numbers) may be Latin script; renderers isolate them. */
export const ARABIC_NOTICE: NoticeTemplate = {
  language: 'ar',
  direction: 'rtl',
  provenance: {
    translatedFrom: 'en',
    translatedBy: 'Waypoint project team (draft translation)',
    reviewedBy: null,
    translatedOn: '2026-11-29',
    reviewedOn: null,
    writtenForProject: true,
  },
  messages: {
    title: 'إشعار بالترحيل إلى بلد ثالث',
    projectMarking: 'نموذج كتب لمشروع Waypoint. ليس استمارة حكومية رسمية.',
    to: (name) => `إلى: ${name}`,
    caseReference: (reference) => `رقم القضية: ${reference}`,
    dateOfNotice: (date) => `تاريخ هذا الإشعار: ${date}`,
    destination: (country) => `تنوي الحكومة ترحيلك إلى ${country}.`,
    removalTiming: (hours) => `لن يتم ترحيلك قبل مرور ${hoursPhrase(hours)} على استلامك هذا الإشعار.`,
    removalNotBefore: (dateTime) => `لن يتم ترحيلك قبل ${dateTime}.`,
    rightsHeading: 'حقوقك',
    fearClaim: (country, how) => `إذا كنت تخشى الاضطهاد أو التعذيب في ${country}، يحق لك أن تقول ذلك. لتقديم طلب بسبب الخوف: ${how}`,
    fearWindow: (days) => `لديك ${daysPhrase(days)} من تاريخ هذا الإشعار لتقديم طلب بسبب الخوف.`,
    interview: (hours) => `إذا قدمت طلبا بسبب الخوف، سيتم إبلاغك بموعد المقابلة قبل ${hoursPhrase(hours)} على الأقل. يمكن أن يحضر محاميك، وسيتم توفير مترجم.`,
    reopening: (days) => `إذا رفض طلبك، لديك ${daysPhrase(days)} لطلب إعادة فتح قضيتك.`,
    contestInCourt:
      'يحق لك أن تطلب من محكمة اتحادية أن تنظر في مشروعية احتجازك وترحيلك (عريضة إحضار المحتجز أمام القضاء). قدّمها إلى محكمة المقاطعة في المكان الذي تُحتجز فيه، قبل ترحيلك؛ ويمكن لمحاميك أو لإحدى الخدمات القانونية المذكورة أدناه مساعدتك، ولا يُفقدك تقديمها أيًّا من حقوقك الأخرى.',
    interpreter: 'إذا لم تفهم هذا الإشعار، اطلب مترجما. لن تدفع أي رسوم.',
    counselHeading: 'المساعدة القانونية',
    counselOfRecord: (name) => `محاميك المسجل: ${name}`,
    legalHelp: 'يمكنك الاتصال بهذه الخدمات القانونية:',
    ruleSet: (citation) => `مصدر هذه الحقوق والمواعيد: ${citation}`,
    provenanceHeading: 'عن هذه الترجمة',
    translatedBy: (who, date) => `ترجمه ${who} بتاريخ ${date}.`,
    reviewedBy: (who, date) => `راجعه ${who} بتاريخ ${date}.`,
    notReviewed: 'لم يراجعه مترجم مؤهل بعد.',
  },
};
