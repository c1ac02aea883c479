// What onevoice knows of English: stems, function and negation words, sentence and number rules,
// months and month-first dates, first-person words. English has no formal address.

import type { CalendarDate, Claims, Language, Month } from './language.js';
import { numberWords, once, words } from './language.js';
import { naturalStemmer } from './stem.js';
import { naturalEnglishStopwords, stopWordSet } from './stopwords.js';

// Kept as content, never dropped as function words: they turn a statement around. Any word in "n't" does too.
export const NEGATIONS = ['not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'cannot', "can't", "don't", "doesn't", "isn't", "aren't", "won't", "didn't", "wasn't", 'nowhere'];

// A period after these ends no sentence: "e.g.", "i.e.", "Mr.", "No. 5", "Inc.", "pp.", "U.S.".
// Nouns that end English names of events, days, bodies and publications ("Open Data Day", "Open
// Source Initiative"): such a name keeps its English spelling in a German text, no hyphens.
export const NAME_HEADS = words(`
  day days week weekend night monday tuesday wednesday thursday friday saturday sunday
  summit camp barcamp bootcamp conference congress convention forum festival fair expo meetup hackathon jam sprint
  city village hub lab labs alliance initiative foundation institute association assembly society council coalition
  network group union league club academy school award awards prize challenge contest
  index report review monitor journal magazine podcast show
`);

export const ABBREVIATIONS = words(`
  e g i etc vs mr mrs ms dr prof st no nos inc ltd co corp jan feb mar apr jun jul aug sep sept oct
  nov dec approx est fig p pp vol ed jr sr u s
`);

const MONTHS: Month[] = [
  { name: 'January', short: ['Jan'] },
  { name: 'February', short: ['Feb'] },
  { name: 'March', short: ['Mar'] },
  { name: 'April', short: ['Apr'] },
  { name: 'May', short: [] },
  { name: 'June', short: ['Jun'] },
  { name: 'July', short: ['Jul'] },
  { name: 'August', short: ['Aug'] },
  { name: 'September', short: ['Sept', 'Sep'] },
  { name: 'October', short: ['Oct'] },
  { name: 'November', short: ['Nov'] },
  { name: 'December', short: ['Dec'] },
];

/** "May 12, 2026", "May 2026". */
export function longDate(date: CalendarDate): string {
  const month = MONTHS[date.month - 1]!.name;
  return `${month}${date.day === undefined ? '' : ` ${date.day}`}${date.year === undefined ? '' : `${date.day === undefined ? '' : ','} ${date.year}`}`;
}

// "mine" is left out: it is a pit as often as it is "my own".
const FIRST_PERSON = ['we', 'us', 'our', 'ours', 'ourselves', 'i', 'me', 'my', 'myself'];
// Contractions, with either apostrophe.
const FIRST_PERSON_CONTRACTIONS = ["we're", "we've", "we'll", "we'd", "i'm", "i've", "i'll", "i'd"].flatMap((word) => [word, word.replace("'", '’')]);

// Number words from two up ("one" is a pronoun far more often than a figure): "twenty-six", "a dozen".
const NUMBER_WORDS = numberWords(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  (unit, ten) => `${ten}-${unit}`,
  { hundred: 100, thousand: 1000, dozen: 12 },
);
NUMBER_WORDS.delete('one');

const FIGURES = {
  words: NUMBER_WORDS,
  qualifiers: {
    atLeast: ['more than', 'over', 'at least', 'upwards of'],
    atMost: ['less than', 'fewer than', 'up to', 'under', 'at most'],
    about: ['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'close to'],
  },
  part: new Set(words('new more other additional further participating attending remaining first last own individual')),
  partOf: new Set(words('of from among per')),
  having: new Set(['with']),
  participation: new Set(words('participated participate participating participants attended attend attending attendees joined')),
  partners: new Set(words('together along')),
  start: new Set(words('start started starting launched began begun founded')),
  definite: new Set(words('the our its their')),
  anniversaries: new Set(words('anniversary anniversaries birthday jubilee')),
  predicates: new Set(words('amounts amounted totals totalled totaled stands stood consists consisted comprises comprised numbers numbered')),
  units: new Set(
    words(`
      day days week weeks month months year years hour hours minute minutes second seconds km
      kilometers kilometres meters metres kwh kw mw degrees times pages percent points cents pieces slides
    `),
  ),
};

const DETERMINERS = words(`
  the a an this that these those my your his her its our their every each
`);
// Words only a clause has: personal pronouns, auxiliary and modal verbs, and their contractions.
const CLAUSE_WORDS = words(`
  i you he she it we they me us him them
  am is are was were be been being will would shall should can could may might must
  has have had do does did
  i'm you're we're they're it's he's she's that's there's here's what's
  i'll you'll we'll they'll it'll i've you've we've they've i'd you'd we'd they'd
  isn't aren't wasn't weren't won't wouldn't can't cannot couldn't shouldn't mustn't
  hasn't haven't hadn't don't doesn't didn't
`).flatMap((word) => [word, word.replace("'", '’')]);

// A toolchain or package built on a day is named by it: "nightly 2024-06-09", "the 2020-06-21 nightly".
const BUILDS = ['nightly', 'nightlies', 'snapshot', 'build'];

const stem = naturalStemmer('natural/lib/natural/stemmers/porter_stemmer.js');
const stopWords = once(() => stopWordSet(naturalEnglishStopwords(), NEGATIONS));
const negations = new Set(NEGATIONS);

// Frequent English function words that German texts rarely hold (not "in", "an", "man", "so",
// "also", "will", "was", which German has too): they tell an English draft from a German one.
const MARKERS = words(`
  the and is are of to that with for this it on by have has from we you not or at can which
  our their be been were they there would should could its these those what when who how
`);

// A first-ness claim ranks in a scope ("the first platform in Europe to …", "the world's first");
// without one an ordinal counts ("the first time", "the first of three talks", "The first hurdle").
const CLAIMS: Claims = {
  first: new Set(['first']),
  occurrences: new Set(['time', 'times']),
  partitive: new Set(['of', 'among']),
  scopeAfter: new Set(['in', 'to', 'ever', 'worldwide', 'nationwide', 'anywhere']),
  scopeAround: new Set(['ever', "world's", 'world’s', 'worldwide', 'nationwide']),
  untilYear: new Set(['by', 'until']),
};

export const english: Language = {
  code: 'en',
  stem,
  get stopWords() {
    return stopWords();
  },
  isNegation: (lower) => negations.has(lower.replace('’', "'")) || /n['’]t$/u.test(lower),
  abbreviations: new Set(ABBREVIATIONS),
  ordinals: { period: false, suffixes: ['st', 'nd', 'rd', 'th'] },
  numbers: { read: { thousands: ',', decimal: '.' }, locale: 'en-US', thousands: ',', decimal: '.' },
  dates: { months: MONTHS, order: 'month-day', checked: true, long: longDate, commaAfterYear: true, builds: new Set(BUILDS) },
  figures: FIGURES,
  clauseWords: new Set(CLAUSE_WORDS),
  markers: new Set(MARKERS),
  firstPerson: new Set([...FIRST_PERSON, ...FIRST_PERSON_CONTRACTIONS]),
  determiners: new Set(DETERMINERS),
  claims: CLAIMS,
};
