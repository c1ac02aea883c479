// What onevoice knows of German: stems, function and negation words, sentence and number rules,
// months, first-person words, Sie and du, capitalised nouns, gender-inclusive pairs, compounds.

import type { Claims, Language, Month } from './language.js';
import { numberWords, once, words } from './language.js';
import { naturalStemmer } from './stem.js';
import { isoStopwords, stopWordSet } from './stopwords.js';
import { NAME_HEADS } from './en.js';

// Kept as content, never dropped as function words: they turn a statement around.
const NEGATIONS = ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'weder', 'nirgends'];

// A period after these ends no sentence: "z. B.", "d. h.", "u. a.", "Nr.", "Mio.", "GmbH & Co.", "e. V.".
const ABBREVIATIONS = words(`
  z b d h u a o ä v s vgl bzw ca usw etc evtl ggf inkl exkl zzgl nr dr prof hr fr str tel abs bspw
  sog max min mio mrd tsd jan feb mär apr jun jul aug sep sept okt nov dez gmbh co e st geb ehem
  allg jh jhd zit hrsg bzgl gem lt mind
`);

const MONTHS: Month[] = [
  { name: 'Januar', variants: ['Jänner'], short: ['Jan'] },
  { name: 'Februar', short: ['Feb'] },
  { name: 'März', short: ['Mär'] },
  { name: 'April', short: ['Apr'] },
  { name: 'Mai', short: [] },
  { name: 'Juni', short: ['Jun'] },
  { name: 'Juli', short: ['Jul'] },
  { name: 'August', short: ['Aug'] },
  { name: 'September', short: ['Sept', 'Sep'] },
  { name: 'Oktober', short: ['Okt'] },
  { name: 'November', short: ['Nov'] },
  { name: 'Dezember', short: ['Dez'] },
];

const FIRST_PERSON = ['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'unsers', 'ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'meins'];

// du, its possessives and the informal plural's: the pronoun "ihr" is told from "her" and "their" by the address-form rule.
const INFORMAL = words(`
  du dich dir dein deine deinen deinem deiner deines deins deinerseits deinetwegen euch euer eure
  euren eurem eurer eures eurerseits euretwegen
`);
// Sie and its possessives with their own capital: lowercase they are "she" and "they".
const FORMAL = ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'Ihrerseits', 'Ihretwegen'];

// A capitalised word after these is a noun, not a name ("die Lieferung", "zum Start").
const NOUN_DETERMINERS = words(`
  der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem jeder
  jede jedes jeden jedem mein meine meinen meinem meiner dein deine deinen deinem deiner sein seine
  seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer euer eure
  euren eurem eurer im am vom zum zur beim ins ans aufs
`);

// "Kundinnen und Kunden", "jede Mitarbeiterin und jeder Mitarbeiter", "liebe Kolleginnen und Kollegen".
const PAIR_CONJUNCTIONS = ['und', 'oder', 'bzw', 'sowie'];
const PAIR_DETERMINERS = words(`
  der die den dem des ein eine einen einem eines einer jeder jede jeden jedem alle allen unsere
  unserer unseren ihre ihren ihrer liebe lieber
`);

// Pronouns, capitalised in a letter, follow a name without forming a compound: "Brisa Bikes Ihnen".
const NOT_COMPOUND_HEADS = ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'Ich', 'Wir', 'Du', 'Dir', 'Dich', 'Dein', 'Deine', 'Euch', 'Euer'];

// Number words from two up ("ein" is the article far more often than a figure); compounds as written: "sechsundzwanzig".
const NUMBER_WORDS = numberWords(
  ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'],
  ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'],
  (unit, ten) => `${unit}und${ten}`,
  { hundert: 100, tausend: 1000, dutzend: 12 },
);
NUMBER_WORDS.delete('ein');

const FIGURES = {
  words: NUMBER_WORDS,
  qualifiers: {
    atLeast: ['mehr als', 'über', 'mindestens', 'gut', 'ganze'],
    atMost: ['weniger als', 'unter', 'bis zu', 'höchstens', 'maximal'],
    about: ['rund', 'etwa', 'ca.', 'circa', 'ungefähr', 'fast', 'knapp', 'nahezu', 'annähernd'],
  },
  // Inflected forms as written: "neue", "neuen", "teilnehmenden".
  part: new Set(
    words(`
      neu neue neuen neuer neues weitere weiteren weiterer teilnehmende teilnehmenden teilnehmender
      beteiligte beteiligten anwesende anwesenden ersten letzten übrigen anderen andere zusätzliche
      zusätzlichen eigene eigenen einzelne einzelnen
    `),
  ),
  partOf: new Set(words('aus von unter je pro')),
  having: new Set(['mit']),
  participation: new Set(words('teilgenommen teilnehmen teilnahmen nahmen nimmt teilnehmer teilnehmerinnen teilnehmende besucht besuchten')),
  partners: new Set(words('gemeinsam zusammen')),
  start: new Set(words('start starts gestartet startete starteten begann begannen angefangen gegründet')),
  definite: new Set(words('der die das dem den des unser unsere unserem unseren unserer unseres')),
  anniversaries: new Set(words('jubiläum jubiläums jahrestag jahrestages geburtstag geburtstages')),
  predicates: new Set(words('beträgt betragen betrug liegt liegen lag besteht bestehen bestand umfasst umfassen umfasste zählt zählen zählte')),
  units: new Set(
    words(`
      tag tage tagen woche wochen monat monate monaten jahr jahre jahren stunde stunden minute minuten
      sekunde sekunden km kilometer kilometern meter metern kwh kwp kw mwh mw grad mal seiten seite
      prozent prozentpunkte punkte cent stück folien uhr
    `),
  ),
};
// Words only a clause has: personal pronouns and the finite forms of auxiliary and modal verbs.
const CLAUSE_WORDS = words(`
  ich du er sie es wir ihr man mich dich sich uns euch mir dir ihm ihnen
  bin bist ist sind seid war warst waren wart sei seien wäre wären
  wird wirst werden werdet wurde wurden würde würden
  hat hast haben habt hatte hatten hätte hätten
  kann kannst können könnt konnte konnten könnte könnten
  muss musst müssen müsst musste mussten soll sollst sollen sollt sollte sollten
  darf darfst dürfen dürft durfte will willst wollen wollt wollte wollten möchte möchtest möchten
  gibt gab
`);
// A date in a German sentence takes an article: "am 12. Mai", "bis zum 31.08.2026", "seit dem 1. Juli".
const DATE_ARTICLES = ['am', 'vom', 'zum', 'beim', 'dem', 'den'];
// Places of the German-speaking countries (states, regions, cities of about 80,000 people and more,
// and those with an English name of their own): after a name they make an apposition, not a
// compound ("OK Lab Berlin", "Open Data Sachsen", "OK Lab Cologne").
const PLACES = words(`
  Deutschland Österreich Schweiz Europa EU Liechtenstein Luxemburg
  Baden-Württemberg Bayern Berlin Brandenburg Bremen Hamburg Hessen Mecklenburg-Vorpommern Niedersachsen
  Nordrhein-Westfalen NRW Rheinland-Pfalz Saarland Sachsen Sachsen-Anhalt Schleswig-Holstein Thüringen
  Rheinland Ruhrgebiet Ruhr Niederrhein Mittelrhein Rhein-Neckar Rhein-Main Allgäu Bodensee Oberpfalz Franken
  Oberfranken Mittelfranken Unterfranken Schwaben Oberbayern Niederbayern Ostfriesland Emsland Münsterland
  Sauerland Siegerland Eifel Pfalz Vorpommern Lausitz Erzgebirge Vogtland Harz Uckermark Havelland Fläming
  Spreewald Altmark Ostwestfalen-Lippe OWL Westfalen Lippe Nordfriesland Dithmarschen Breisgau Schwarzwald
  Aachen Augsburg Bielefeld Bochum Bonn Bottrop Braunschweig Bremerhaven Chemnitz Cottbus Darmstadt
  Dortmund Dresden Duisburg Düsseldorf Erfurt Erlangen Essen Flensburg Frankfurt Freiburg Fürth Gelsenkirchen
  Gera Gießen Göttingen Gütersloh Hagen Halle Hamm Hannover Heidelberg Heilbronn Herne Hildesheim Ingolstadt
  Iserlohn Jena Kaiserslautern Karlsruhe Kassel Kiel Koblenz Köln Krefeld Leipzig Leverkusen Lübeck Ludwigsburg
  Ludwigshafen Lüneburg Magdeburg Mainz Mannheim Marburg Moers Mönchengladbach Mülheim München Münster Neuss
  Nürnberg Oberhausen Offenbach Oldenburg Osnabrück Paderborn Pforzheim Potsdam Ratingen Recklinghausen
  Regensburg Remscheid Reutlingen Rostock Saarbrücken Salzgitter Schwerin Siegen Solingen Stuttgart Trier
  Tübingen Ulm Wiesbaden Witten Wolfsburg Wuppertal Würzburg Zwickau Konstanz Esslingen Bamberg Bayreuth
  Passau Landshut Rosenheim Kempten Weimar Dessau Wismar Stralsund Greifswald Neubrandenburg
  Wien Graz Linz Salzburg Innsbruck Klagenfurt Villach Wels Bregenz Vorarlberg Tirol Kärnten Steiermark
  Zürich Genf Basel Bern Lausanne Winterthur Luzern Lugano Biel
  Germany Austria Switzerland Bavaria Cologne Munich Nuremberg Hanover Brunswick Dusseldorf Vienna Zurich Geneva Lucerne
`);

const stem = naturalStemmer('natural/lib/natural/stemmers/porter_stemmer_de.js');
const stopWords = once(() => stopWordSet(isoStopwords('de'), NEGATIONS));
const negations = new Set(NEGATIONS);

// Frequent German function words that English texts rarely hold (not "die", "in", "was", "will",
// "so", "also", which English has too): they tell a German draft from an English one.
const MARKERS = words(`
  der das und ist nicht den dem des ein eine einen einem einer eines mit sich auf für von zu
  wir sie es auch im werden wird sind bei oder aus nach wie über noch nur sein können kann
  durch wenn zum zur vom unsere unser ihre diese dieser einer haben hat wurde wurden sowie
`);

// A first-ness claim ranks in a scope ("das erste Lab in Rheinland-Pfalz", "das weltweit erste");
// without one an ordinal counts ("das erste Mal", "das erste von 31 Kapiteln", "Das erste Hindernis").
const CLAIMS: Claims = {
  first: new Set(['erste', 'erster', 'erstes', 'ersten', 'erstem']),
  occurrences: new Set(['mal', 'male']),
  partitive: new Set(['von', 'unter', 'aus']),
  scopeAfter: new Set(['in', 'im', 'innerhalb', 'seiner', 'ihrer', 'dieser', 'überhaupt']),
  scopeAround: new Set(['weltweit', 'bundesweit', 'deutschlandweit', 'europaweit', 'landesweit', 'überhaupt', 'jemals']),
  untilYear: new Set(['bis']),
};

export const german: Language = {
  code: 'de',
  stem,
  get stopWords() {
    return stopWords();
  },
  isNegation: (lower) => negations.has(lower.replace('’', "'")),
  abbreviations: new Set(ABBREVIATIONS),
  ordinals: { period: true, suffixes: [] },
  numbers: { read: { thousands: '.', decimal: ',' }, locale: 'de-DE', thousands: '.', decimal: ',' },
  dates: {
    months: MONTHS,
    order: 'day-month',
    checked: true,
    long: (date) => [date.day === undefined ? '' : `${date.day}.`, MONTHS[date.month - 1]!.name, date.year ?? ''].filter(Boolean).join(' '),
    inSentenceAfter: new Set(DATE_ARTICLES),
    builds: new Set(['nightly', 'snapshot', 'build']),
  },
  figures: FIGURES,
  clauseWords: new Set(CLAUSE_WORDS),
  markers: new Set(MARKERS),
  firstPerson: new Set(FIRST_PERSON),
  address: { informal: new Set(INFORMAL), formal: new Set(FORMAL) },
  nounDeterminers: new Set(NOUN_DETERMINERS),
  determiners: new Set(NOUN_DETERMINERS),
  genderPairs: { conjunctions: new Set(PAIR_CONJUNCTIONS), determiners: new Set(PAIR_DETERMINERS) },
  claims: CLAIMS,
  compounds: { notAfterName: new Set(NOT_COMPOUND_HEADS.map((word) => word.toLowerCase())), foreignNameHeads: new Set(NAME_HEADS), places: new Set(PLACES.map((place) => place.toLowerCase())) },
};
