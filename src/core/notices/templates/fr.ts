import { countPhrase } from '../count-phrase.js';
import type { NoticeTemplate } from '../notice-template.js';

const hoursPhrase = (count: number): string => countPhrase('fr', count, { one: 'heure', other: 'heures' });
const daysPhrase = (count: number): string => countPhrase('fr', count, { one: 'jour', other: 'jours' });

export const FRENCH_NOTICE: NoticeTemplate = {
  language: 'fr',
  direction: 'ltr',
  provenance: {
    translatedFrom: 'en',
    translatedBy: 'Waypoint project team (draft translation)',
    reviewedBy: null,
    translatedOn: '2026-11-29',
    reviewedOn: null,
    writtenForProject: true,
  },
  messages: {
    title: 'Avis d’éloignement vers un pays tiers',
    projectMarking: 'Modèle rédigé pour le projet Waypoint. Ce n’est pas un formulaire officiel du gouvernement.',
    to: (name) => `À : ${name}`,
    caseReference: (reference) => `Référence du dossier : ${reference}`,
    dateOfNotice: (date) => `Date du présent avis : ${date}`,
    destination: (country) => `Le gouvernement a l’intention de vous éloigner vers le pays suivant : ${country}.`,
    removalTiming: (hours) => `Vous ne serez pas éloigné moins de ${hoursPhrase(hours)} après avoir reçu cet avis.`,
    removalNotBefore: (dateTime) => `Vous ne serez pas éloigné avant le ${dateTime}.`,
    rightsHeading: 'Vos droits',
    fearClaim: (_country, how) => `Si vous craignez des persécutions ou la torture dans ce pays, vous pouvez le dire. Pour présenter une demande fondée sur la crainte : ${how}`,
    fearWindow: (days) => `Vous disposez de ${daysPhrase(days)} à compter du présent avis pour présenter une demande fondée sur la crainte.`,
    interview: (hours) => `Si vous présentez une telle demande, la date de votre entretien vous sera communiquée au moins ${hoursPhrase(hours)} à l’avance. Votre avocat peut être présent et un interprète vous sera fourni.`,
    reopening: (days) => `Si votre demande est rejetée, vous disposez de ${daysPhrase(days)} pour demander la réouverture de votre dossier.`,
    contestInCourt:
      "Vous pouvez demander à un tribunal fédéral de vérifier si votre détention et votre expulsion sont légales (requête en habeas corpus). Déposez-la auprès du tribunal de district du lieu où vous êtes détenu, avant votre expulsion ; votre avocat ou l'un des services juridiques indiqués ci-dessous peut vous aider, et ce recours ne vous fait perdre aucun de vos autres droits.",
    interpreter: 'Si vous ne comprenez pas cet avis, demandez un interprète. C’est gratuit.',
    counselHeading: 'Aide juridique',
    counselOfRecord: (name) => `Votre avocat constitué : ${name}`,
    legalHelp: 'Vous pouvez contacter ces services juridiques :',
    ruleSet: (citation) => `Ces droits et délais proviennent de : ${citation}`,
    provenanceHeading: 'À propos de cette traduction',
    translatedBy: (who, date) => `Traduit par ${who} le ${date}.`,
    reviewedBy: (who, date) => `Relu par ${who} le ${date}.`,
    notReviewed: 'Pas encore relu par un traducteur qualifié.',
  },
};
