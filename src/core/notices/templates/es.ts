import { countPhrase } from '../count-phrase.js';
import type { NoticeTemplate } from '../notice-template.js';

const hoursPhrase = (count: number): string => countPhrase('es', count, { one: 'hora', other: 'horas' });
const daysPhrase = (count: number): string => countPhrase('es', count, { one: 'día', other: 'días' });

export const SPANISH_NOTICE: NoticeTemplate = {
  language: 'es',
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
    title: 'Aviso de expulsión a un tercer país',
    projectMarking: 'Plantilla redactada para el proyecto Waypoint. No es un formulario oficial del gobierno.',
    to: (name) => `Para: ${name}`,
    caseReference: (reference) => `Referencia del caso: ${reference}`,
    dateOfNotice: (date) => `Fecha de este aviso: ${date}`,
    destination: (country) => `El gobierno tiene la intención de expulsarle a ${country}.`,
    removalTiming: (hours) => `No será expulsado antes de que pasen ${hoursPhrase(hours)} desde que reciba este aviso.`,
    removalNotBefore: (dateTime) => `No será expulsado antes del ${dateTime}.`,
    rightsHeading: 'Sus derechos',
    fearClaim: (country, how) => `Si teme persecución o tortura en ${country}, puede decirlo. Para presentar una solicitud por temor: ${how}`,
    fearWindow: (days) => `Tiene ${daysPhrase(days)} desde este aviso para presentar una solicitud por temor.`,
    interview: (hours) => `Si presenta una solicitud por temor, se le avisará de su entrevista con al menos ${hoursPhrase(hours)} de antelación. Su abogado puede estar presente y se le proporcionará un intérprete.`,
    reopening: (days) => `Si se rechaza su solicitud por temor, tiene ${daysPhrase(days)} para pedir que se reabra su caso.`,
    contestInCourt:
      'Puede pedir a un tribunal federal que revise si su detención y su expulsión son legales (una petición de hábeas corpus). Preséntela ante el tribunal de distrito del lugar donde está detenido, antes de ser expulsado; su abogado o uno de los servicios legales indicados abajo puede ayudarle, y presentarla no le hace perder sus demás derechos.',
    interpreter: 'Si no entiende este aviso, pida un intérprete. No tendrá ningún costo.',
    counselHeading: 'Ayuda legal',
    counselOfRecord: (name) => `Su abogado registrado: ${name}`,
    legalHelp: 'Puede comunicarse con estos servicios legales:',
    ruleSet: (citation) => `Estos derechos y plazos provienen de: ${citation}`,
    provenanceHeading: 'Sobre esta traducción',
    translatedBy: (who, date) => `Traducido por ${who} el ${date}.`,
    reviewedBy: (who, date) => `Revisado por ${who} el ${date}.`,
    notReviewed: 'Aún no revisado por un traductor cualificado.',
  },
};
