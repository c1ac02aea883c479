// What onevoice knows of German: stems, function and negation words, sentence and number rules,
// months, first-person words, Sie and du, capitalised nouns, gender-inclusive pairs, compounds.

import type { Language, Month } from './language.js';
import { once, words } from './language.js';
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

// Places of the German-speaking countries (states, regions, cities of about 80,000 people and more):
// after a name they make an apposition, not a compound ("OK Lab Berlin", "Open Data Sachsen").
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
`);

const stem = naturalStemmer('natural/lib/natural/stemmers/porter_stemmer_de.js');
const stopWords = once(() => stopWordSet(isoStopwords('de'), NEGATIONS));
const negations = new Set(NEGATIONS);

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
  },
  firstPerson: new Set(FIRST_PERSON),
  address: { informal: new Set(INFORMAL), formal: new Set(FORMAL) },
  nounDeterminers: new Set(NOUN_DETERMINERS),
  genderPairs: { conjunctions: new Set(PAIR_CONJUNCTIONS), determiners: new Set(PAIR_DETERMINERS) },
  compounds: { notAfterName: new Set(NOT_COMPOUND_HEADS.map((word) => word.toLowerCase())), foreignNameHeads: new Set(NAME_HEADS), places: new Set(PLACES.map((place) => place.toLowerCase())) },
};
