// What the languages offer the analyses and rules.

export type { CalendarDate, Language, Month } from './language.js';
export { languageOf, LANGUAGES } from './registry.js';
export { words } from './language.js';
