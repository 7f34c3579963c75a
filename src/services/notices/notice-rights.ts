import type { NoticeRights } from '../../core/notices/notice-content.js';
import type { RuleSet } from '../../core/rulesets/resolve-rule-set.js';

/** When a rule set names no notice period, the notice still promises the shortest one any US profile gives. */
const FALLBACK_NOTICE_HOURS = 24;

/** How to raise a fear claim, per notice language, when the officer gives no case-specific channel. */
export const DEFAULT_FEAR_CLAIM_HOW: Readonly<Record<string, string>> = {
  en: 'tell the officer who serves this notice, or tell your lawyer.',
  es: 'dígaselo al funcionario que le entrega este aviso, o a su abogado.',
  fr: "dites-le à l'agent qui vous remet cet avis, ou à votre avocat.",
  ar: 'أخبر الموظف الذي يسلّمك هذا الإشعار، أو أخبر محاميك.',
};

/**
 * The rights and deadlines the case's rule set gives, for the notice: the
 * longest wait any notice safeguard imposes (ICE notice hours, the Alien
 * Enemies Act days, the D.V.D. fear window), the interview notice and the
 * reopening window (D.V.D.), or null where the rule set has none.
 *
 * @example
 *   noticeRightsFor(resolveRuleSet('us-dvd-strict'), 'tell the officer.')
 *   // { hoursBeforeRemoval: 240, fearWindowDays: 10, interviewNoticeHours: 72, reopeningWindowDays: 15, … }
 */
export function noticeRightsFor(ruleSet: RuleSet, fearClaimHow: string): NoticeRights {
  const parameters = (id: string): Readonly<Record<string, number>> | undefined => ruleSet.safeguards.find((safeguard) => safeguard.id === id)?.parameters;
  const ice = parameters('US-NOTICE-ICE-2025');
  const aea = parameters('US-AEA-NOTICE');
  const dvd = parameters('US-DVD-STRICT');
  const waits = [ice?.noticeHours, aea?.noticeDays === undefined ? undefined : aea.noticeDays * 24, dvd?.fearWindowDays === undefined ? undefined : dvd.fearWindowDays * 24].filter(
    (hours): hours is number => hours !== undefined,
  );
  return {
    hoursBeforeRemoval: waits.length === 0 ? FALLBACK_NOTICE_HOURS : Math.max(...waits),
    fearClaimHow,
    fearWindowDays: dvd?.fearWindowDays ?? null,
    interviewNoticeHours: dvd?.interviewNoticeHours ?? null,
    reopeningWindowDays: dvd?.reopeningDays ?? null,
    // Judicial review (habeas) is open against every removal by the United States; the notice says how.
    contestInCourt: ruleSet.safeguards.some((safeguard) => safeguard.id.startsWith('US-')),
    ruleSetCitation: `${ruleSet.id}: ${ruleSet.title}`,
  };
}
