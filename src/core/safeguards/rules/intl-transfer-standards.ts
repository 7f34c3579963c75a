import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { ageInYears, hasHappenedBy, individualAssessmentFor } from '../case-fact-queries.js';

/** UNHCR 2013 guidance on transfer arrangements: every listed standard, each named when missing. */
export const intlTransferStandards: Safeguard<'adultAgeYears'> = {
  id: 'INTL-TRANSFER-STANDARDS',
  title: 'UNHCR standards for transfer arrangements',
  jurisdiction: 'INTL',
  citations: [
    cite('UNHCR Guidance Note on bilateral and/or multilateral transfer arrangements of asylum-seekers', 'May 2013, paras. 3-4', { url: 'https://www.refworld.org/policy/legalguidance/unhcr/2013/en/95597', verified: false, note: 'Catalogue marks the wording [verify].' }),
  ],
  effectiveFrom: '2013-05-01T00:00:00.000Z',
  effectiveTo: null,
  parameters: [
    { name: 'adultAgeYears', description: 'Age below which best interests of the child must be assessed.', unit: 'years', default: 18, min: 18, max: 21, protective: 'higher' },
  ],
  evaluate({ facts, parameters, at }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    const missing: string[] = [];
    const assessment = individualAssessmentFor(facts, destination, at);
    if (assessment === null) missing.push('an individual pre-transfer assessment');
    else {
      if (assessment.outcome === 'real_risk') missing.push('protection from refoulement (the assessment found a real risk)');
      if (!assessment.specialNeedsIdentified) missing.push('identification of special needs');
      const child = facts.person.birthDate !== null && ageInYears(facts.person.birthDate, at) < parameters.adultAgeYears;
      if (child && assessment.bestInterestsOfChildAssessed !== true) missing.push("a best-interests assessment for the child");
    }
    const consent = facts.receivingConsent;
    if (consent?.country !== destination || consent.status !== 'accepted' || !hasHappenedBy(consent.decidedAt, at)) missing.push('admission by the receiving state');
    if (facts.countryAssessments.some((a) => a.country === destination && a.controlling && a.finding === 'unsafe' && hasHappenedBy(a.date, at))) missing.push('a destination not found unsafe');
    const standards = facts.agreement?.receivingCountry === destination ? facts.agreement.transferStandards : null;
    if (standards === null) missing.push('a transfer arrangement with the destination');
    else {
      if (!standards.legallyBinding) missing.push('a legally binding, enforceable arrangement');
      if (!standards.asylumProcedureAccess) missing.push('access to a fair asylum procedure');
      if (!standards.durableSolution) missing.push('a durable solution');
      if (!standards.independentMonitoring) missing.push('independent monitoring');
    }
    if (missing.length > 0) return block(`Missing: ${missing.join('; ')}.`);
    return pass(`Individual assessment, admission, arrangement and monitoring meet the 2013 standards for ${destination}.`);
  },
};
