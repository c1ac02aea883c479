// Terms on real content, in short real sentences of the two corpora: rust-blog (the Rust blog,
// MIT/Apache-2.0) and codefor-de (Open Knowledge Foundation Deutschland / Code for Germany,
// CC BY 4.0). Each pattern left alone has a trap beside it that is still flagged.

import { describe, expect, it } from 'vitest';
import { lintDrafts } from '../helpers.js';
import { ruleNamed, ruleTester } from '../rule-tester.js';

const RUST = `
version: 1
language: en
terms:
  - { use: crates.io, avoid: [Crates.io, crates-io], case_sensitive: true }
  - { use: Node.js, case_sensitive: true }
  - { use: WebAssembly, avoid: [Web Assembly, { form: WASM, case_sensitive: true }] }
  - { use: Leadership Council, avoid: [leadership council], case_sensitive: true }
  - { use: Rustacean, avoid: [Rustler], lang: de }
  - { use: GitHub, avoid: [Github] }
  - { use: macOS, avoid: [Mac OS X, OSX, MacOS] }
`;

const CODE_FOR_GERMANY = `
version: 1
language: de
terms:
  - { use: OK Lab, avoid: [OKLab, OK-Lab, Oklab], compound: hyphenate }
  - { use: Open Data, avoid: [OpenData, Opendata], compound: hyphenate }
  - { use: Open Source, avoid: [OpenSource], compound: hyphenate }
  - { use: Code for Germany, avoid: [CodeforGermany], compound: hyphenate }
`;

// The issue 17 run: "wasm" in any casing is to be written WebAssembly, and RGW is the gateway's name.
const RUST_WASM = `
version: 1
language: en
terms:
  - { use: WebAssembly, avoid: [wasm] }
  - { use: RGW, avoid: [radosgw] }
`;

const rust = { spec: RUST, file: 'posts/post.md' };
const wasm = { spec: RUST_WASM, file: 'posts/post.md' };
const okf = { spec: CODE_FOR_GERMANY, file: 'content/blog/post.md' };

ruleTester(ruleNamed('term'), {
  valid: [
    // rust-blog posts/2018-03-01-Rust-1.24.1.md, as the spec wants it.
    { ...rust, name: 'a dotted term as written', text: 'Cargo uses GitHub to store the index of crates.io, our package repository.\n' },
    // rust-blog posts/inside-rust/2024-12-09-leadership-council-update.md
    { ...rust, name: 'an avoid form inside a repository name', text: 'We approved funding for a compiler operations position ([rust-lang/leadership-council#114]).\n' },
    // rust-blog posts/inside-rust/2024-01-03-this-development-cycle-in-cargo-1-76.md: a pull request's title.
    {
      ...rust,
      name: 'a link that is its whole list item: the title of the linked page',
      text: '- [Github: Fix color handling in cargo for legacy Windows consoles](https://github.com/rust-lang/cargo/pull/13001)\n',
    },
    // rust-blog posts/2019-05-15-4-Years-Of-Rust.md: the label of a reference link is no prose.
    { ...rust, name: 'a reference link label', text: '- [crates.io][crates-io] passed a billion downloads.\n\n[crates-io]: https://crates.io\n' },
    // rust-blog posts/2022-07-12-changes-in-the-core-team.md
    { ...rust, name: 'a case-sensitive avoid form leaves the official casing alone ("Wasm" for WASM)', text: 'She worked on the Wasm working group.\n' },
    { ...rust, name: 'a term for another language', text: 'Every Rustler is welcome.\n' },
    // codefor-de content/blog/2015-01-06-31C3.md
    { ...okf, name: 'an avoid form that differs only in its joiner ("OK-Lab") leaves the term ("OK Labs") alone', text: 'So viele Mitglieder aus den OK Labs zu treffen.\n' },
    // codefor-de content/blog/2023-06-01-out-in-the-open-mai-2023.md and 2025-01-06-out-in-the-open-december-2024.md
    { ...okf, name: 'domain names', text: 'Bereits 2011 startet opendata.bayern.de als Eigenentwicklung. Opendata.ch arbeitet an einer API.\n' },
    { ...okf, name: 'an avoid form with capitals leaves an all-lowercase slug alone', text: 'Der Account oklabflensburg und der Ordner oklab.\n' },
    // codefor-de content/blog/2014-05-22-gruendung-muenchen.md: a definition whose Hugo destination does not parse.
    { ...okf, name: 'the label of a link reference definition', text: 'Das [OK Lab][oklab] trifft sich.\n\n[OKLAB]: {{< ref "/muenchen" >}}\n' },
    // codefor-de content/blog/2023-12-04-out-in-the-open-november-2023.md: the page names itself so.
    { ...okf, name: 'a link text the linked address spells', text: 'Einen ähnlichen Weg beschreitet der [Opendata Buddy](https://www.open3.at/2023/11/opendata-buddy).\n' },
    // codefor-de content/blog/2023-03-03-out-in-the-open-february-2023.md (genitive before a title)
    { ...okf, name: 'a genitive before a title is no compound', text: 'Willkommen zur ersten Edition von Code for Germanys **Out in the Open**.\n' },
    // codefor-de content/projekte/2014-02-22-hn-crimemap.md, 2025-08-04-out-in-the-open-july-2025.md, 2014-03-22-hn-trinkwasser.md
    {
      ...okf,
      name: 'longer names and titles are no compounds',
      text: 'Entwickelt am Open Data Day 2014. Die Open Source Business Alliance hat es zusammengefasst. Tobias vom OK Lab Berlin. Die Trinkwasser-App im OK Lab Code for Heilbronn.\n',
    },
    // codefor-de content/blog/2022-01-31-out-in-the-open-januar-2022.md: a title-case link text over a line end.
    {
      ...okf,
      name: 'a link text in title case names its page',
      text: 'Ist die sogenannte [Open Source Intelligence\n(OSINT)](https://de.wikipedia.org/wiki/Open_Source_Intelligence).\n',
    },
    // codefor-de content/blog/2024-04-08-out-in-the-open-march-2024.md: a link's end stands between.
    { ...okf, name: 'markup between name and noun', text: 'Ihre erste Ausgabe des [The State of Open Data](https://www.d4d.net/) Buchs.\n' },
    // Issue 17. codefor-de content/blog/2021-03-31-out-in-the-open-maerz-2021.md:13: once "Code-for-Germanys-Out in the Open**".
    {
      ...okf,
      name: 'a genitive before a bold title: no compound, and the emphasis markers untouched',
      text: 'Hallo 👋. Willkommen zur ersten Edition von Code for Germanys **Out in the Open**. Mit diesem monatlichen Format\nwollen wir euch einen Überblick über die neuesten Entwicklungen geben.\n',
    },
    { ...okf, name: 'a quoted title after the name is no compound', text: 'Die erste Ausgabe von Code for Germany „Out in the Open“ erschien im März.\n' },
    // codefor-de content/blog/2024-05-06-out-in-the-open-april-2024.md:14: hyphenated through, as Duden wants it.
    {
      ...okf,
      name: 'a compound hyphenated through',
      text: 'Wir freuen uns, das [OK Lab Forst (Lausitz)](https://codefor.de/forst/) als neues Mitglied im Code-for-Germany-Netzwerk begrüßen zu dürfen.\n',
    },
    // codefor-de content/labs/forst.md:32, content/blog/2014-05-23-oklab-muenster.md:4, content/labs/bonn.md:3: a town with its region, umlauts written out, a region named from its town.
    {
      ...okf,
      name: 'a place after the name: a town with its region, a known place without its umlauts or as a region',
      text: 'Willkommen beim OK Lab Forst (Lausitz). Das OK Lab Muenster trifft sich montags, das OK Lab Bonn-Rhein-Sieg dienstags, das OK Lab Cologne mittwochs.\n',
    },
    // codefor-de content/blog/2014-05-27-oklab-chemnitz.md and content/blog/2014-05-23-oklab-muenster.md: a town misspelt by one letter is still the town.
    { ...okf, name: 'a place misspelt by one letter after the name', text: 'Welche Köpfe stecken eigentlich hinter dem OK Lab Müster? Das OK Lab Chemitz stellt sich vor.\n' },
    // codefor-de content/labs/mecklenburg-vorpommern.md:3, content/labs/schleswig-flensburg.md:3, content/projekte/2015-04-09-od-atlas.md:5: a region known whole or by a town; a project's title is its name.
    {
      ...okf,
      name: 'a region after the name, a word before a place, and a draft titled with a name and a noun',
      text: '---\ntitle: Open Data Atlas\n---\nDas OK Lab Mecklenburg-Vorpommern hat den Open-Data-Atlas gebaut, das OK Lab Kreis Schleswig-Flensburg hilft.\n',
    },
    // codefor-de content/blog/2019-10-17-CFG-Summit-FORUM-Offene-Stadt.md:35 and 2023-03-23-Stimmen-aus-der-Community-Klara-Juhl.md:26: two names share one noun.
    {
      ...okf,
      name: 'a name that shares its noun with a name before it',
      text: 'Ein Treffen der Open Knowledge & Open Source Community.\n\n## Fühlst du dich inzwischen integriert in der Civic Tech und Open Data Szene?\n',
    },
    // codefor-de content/blog/2024-07-08-out-in-the-open-june-2024.md:189: an English event title in bold.
    { ...okf, name: 'an English title in bold forms no German compound', text: '* Montag, 01.07.2024, Köln: **Code for Cologne (OK Lab Köln): Open Data Time**\n' },
    // rust-blog posts/inside-rust/2023-07-21-crates-io-postmortem.md:82: an issue's title after its link.
    {
      ...rust,
      name: 'the title of an issue after its link is quoted',
      text: '- 12:24 UTC – <https://github.com/rust-lang/crates.io/issues/6850> (Crates.io crate download API is redirecting to invalid URL) was opened\n',
    },
    // codefor-de content/blog/2025-05-05-out-in-the-open-april-2025.md:315: an event of others in the newsletter's calendar.
    {
      ...okf,
      name: 'the title of an event in a listing is its organiser’s',
      text: "* Mittwoch, 04.06.2025, 13:00-14:00, online: **GIS@Lunch-Webinar: Open Data-Angebot des BKG** <a title='Kalendereintrag'>iCal</a>\n",
    },
    // codefor-de content/blog/2025-02-17-out-in-the-open-january-2025.md:333: a company's own name before its legal form.
    { ...okf, name: 'a company name keeps its own spelling', text: '* Freitag, 21.02.2025, OpenSource Science B.V., Etnastraat 20, Breda (Niederlande)\n' },
    { ...okf, name: 'an avoid form that is the term hyphenated through, in a compound', text: 'Regelmäßige OK-Lab-Treffen und OK-Labs-Treffen.\n' },
    // codefor-de content/blog/2023-12-04-out-in-the-open-november-2023.md:72 and 2025-06-10-out-in-the-open-may-2025.md:229: talks' titles.
    {
      ...okf,
      name: 'a link that is its whole list item is the title of the linked talk: its compounds keep their spelling',
      text: ' * [Das Open Data Dilemma: Use Cases vs. Datenfreigabe](https://www.youtube.com/watch?v=H65xMneX-18)\n * [Frank Karlitschek (Nextcloud) - So baut man ein nachhaltiges Open Source Unternehmen](https://www.youtube.com/watch?v=MykWi0Bmr_Y)    \n',
    },
    // codefor-de content/blog/2025-03-10-out-in-the-open-february-2025.md:105 and 2015-01-06-31C3.md:17: a forum and an assembly are named in English.
    {
      ...okf,
      name: 'English names of a forum and an assembly are no compounds',
      text: 'Das [wird im Open Data Forum diskutiert](https://discourse.opencode.de/t/bundesdaten-auch-in-landesportalen/3775). Wir bespielten die Open Data Assembly.\n',
    },
    // Issue 17. rust-blog posts/2019-09-30-Async-await-hits-beta.md:34 and 45: a shortcut reference whose definition must still match.
    {
      ...wasm,
      name: 'a crate name as a shortcut reference link, with its definition',
      text: '- using [wasm-bindgen-futures], you can even bridge Rust Futures with\n  [JavaScript promises];\n\n[wasm-bindgen-futures]: https://docs.rs/crate/wasm-bindgen-futures/0.2.16\n',
    },
    // rust-blog posts/2018-04-06-all-hands.md:138 and posts/2018-03-12-roadmap.md:224: a crate and a repository.
    {
      ...wasm,
      name: 'a crate and a repository name',
      text: '- **Ecosystem integration**: wasm-bindgen now works with CommonJS!\n- Check out [rust-lang-nursery/rust-wasm](https://github.com/rust-lang-nursery/rust-wasm) to learn more.\n',
    },
    // rust-blog posts/inside-rust/2024-03-26-this-development-cycle-in-cargo-1.78.md:400: a Zulip stream's name.
    {
      ...rust,
      name: 'a lowercase avoid form hyphened to a label before it is part of that name',
      text: 'Threads were opened with\n[T-cargo](https://rust-lang.zulipchat.com/#narrow/stream/246057-t-cargo)\nand [T-crates-io](https://rust-lang.zulipchat.com/#narrow/stream/318791-t-crates-io).\n',
    },
    // rust-blog posts/2016-05-13-rustup.md:455: once "[WebAssembly][] (WebAssembly)".
    {
      ...wasm,
      name: 'the other name glossed in parentheses',
      text: 'And the upcoming [WebAssembly][] (wasm) standard will\ncement the web platform as a first-class target.\n\n[WebAssembly]: https://webassembly.org/\n',
    },
    { ...wasm, name: 'a program joined by a hyphen', text: 'Create the user with radosgw-admin before the first upload.\n' },
    // codefor-de content/blog/2020-04-03-nach-dem-Hackathon-vor-der-Nachhaltigkeit.md:39: an English phrase in German text.
    {
      ...okf,
      name: 'an English phrase is no German compound',
      text: '* Wie können wir unsere Werte bezüglich Free and Open Source Software, Offener Daten, Offener Lizenzen umsetzen?\n',
    },
  ],
  invalid: [
    // codefor-de content/impressum.md:113: the legal page is HTML, and its text is prose; no fix is offered in an HTML block.
    {
      spec: `${CODE_FOR_GERMANY}  - { use: E-Mail, avoid: [Email] }\n`,
      file: 'content/impressum.md',
      name: 'an avoid form in the text of an HTML block',
      text: '<p>Nehmen Sie unter der auf unserer Website angegebenen Email-Adresse Kontakt zu uns auf.</p>\n',
      errors: [{ messageId: 'avoid', line: 1, column: 57, endColumn: 62 }],
    },
    // rust-blog posts/2018-03-01-Rust-1.24.1.md
    {
      ...rust,
      name: 'a dotted avoid form',
      text: 'Cargo uses GitHub to store the index of Crates.io, our package repository.\n',
      errors: [{ messageId: 'avoid', line: 1, column: 41, endColumn: 50 }],
      output: 'Cargo uses GitHub to store the index of crates.io, our package repository.\n',
    },
    // rust-blog posts/2017-12-21-rust-in-2017.md
    {
      ...rust,
      name: 'a dotted term in another casing',
      text: 'For embedding Rust code into other contexts, like node.js.\n',
      errors: [{ messageId: 'casing', line: 1, column: 51, endColumn: 58 }],
      output: 'For embedding Rust code into other contexts, like Node.js.\n',
    },
    // rust-blog posts/inside-rust/2024-11-01-compiler-team-reorg.md and posts/2023-05-29-RustConf.md
    {
      ...rust,
      name: 'the avoid forms in running text',
      text: "Recently they have been working to improve Rust's WASM support. Including the upcoming leadership council.\n",
      errors: [
        { messageId: 'avoid', line: 1, column: 51 },
        { messageId: 'avoid', line: 1, column: 88 },
      ],
      output: "Recently they have been working to improve Rust's WebAssembly support. Including the upcoming Leadership Council.\n",
    },
    {
      ...rust,
      name: 'a term for German in a German draft',
      text: '---\nlang: de\n---\nJeder Rustler ist willkommen.\n',
      errors: [{ messageId: 'avoid', line: 4, column: 7 }],
      output: '---\nlang: de\n---\nJeder Rustacean ist willkommen.\n',
    },
    // rust-blog posts/2020-07-06-Rustup-1.22.0.md: an address tells no casing.
    {
      ...rust,
      name: 'a link text whose address differs only in casing',
      text: 'You can look at them in [Github](https://github.com/rust-lang/rustup/commits/master).\n',
      errors: [{ messageId: 'avoid', line: 1, column: 26 }],
      output: 'You can look at them in [GitHub](https://github.com/rust-lang/rustup/commits/master).\n',
    },
    // codefor-de content/blog/2015-03-02-digitalisierung-der-Stadt.md and 2017-09-23-mrmcd-2017-berliner-reisebericht.md
    {
      ...okf,
      name: 'avoid forms in running text',
      text: 'Magdalena Noffke vom OK-Lab (mit ihrer Anwendung). Tobias vom OKLab Berlin. Regelmäßige OKLab-Treffen.\n',
      errors: [
        { messageId: 'avoid', line: 1, column: 22 },
        { messageId: 'avoid', line: 1, column: 63 },
        { messageId: 'avoid', line: 1, column: 89 },
      ],
      output: 'Magdalena Noffke vom OK Lab (mit ihrer Anwendung). Tobias vom OK Lab Berlin. Regelmäßige OK-Lab-Treffen.\n',
    },
    // codefor-de content/blog/2024-09-09-out-in-the-open-august-2024.md:224 and 2014-05-27-oklab-chemnitz.md:29: an event's name,
    // written apart; hyphened to the noun that ends it, the event's spelling is for a person to choose. The trap: a German noun.
    {
      ...okf,
      name: 'an avoid form before the English head of a name is fixed apart; hyphened to it, it is reported without a fix',
      text: 'Zum Workshop zum OpenData Forum auf der SCCON24. Ich wurde auf den OpenData-Day aufmerksam. Das OpenData-Portal.\n',
      errors: [
        { messageId: 'avoid', line: 1, column: 18 },
        { messageId: 'avoid', line: 1, column: 68 },
        { messageId: 'avoid', line: 1, column: 97 },
      ],
      output: 'Zum Workshop zum Open Data Forum auf der SCCON24. Ich wurde auf den OpenData-Day aufmerksam. Das Open-Data-Portal.\n',
    },
    // codefor-de content/blog/2021-12-30-out-in-the-open-december-2021.md:15: an article's title and subtitle as a link's text; the same compound in the sentence after it is the draft's own.
    {
      ...okf,
      name: 'a link whose text is a title and a subtitle names the linked article',
      text: 'Wie Lukas Winter in seinem Artikel [Open Source-Hardware: Mehr Wissen durch Teilen](https://www.lindau-nobel.org/de/blog-open-source-hardware) berichtet. Einen Einstieg, wie man mit Open Source-Hardware nachhaltig plant, bietet der Text.\n',
      errors: [{ messageId: 'compound', line: 1, column: 183 }],
      output:
        'Wie Lukas Winter in seinem Artikel [Open Source-Hardware: Mehr Wissen durch Teilen](https://www.lindau-nobel.org/de/blog-open-source-hardware) berichtet. Einen Einstieg, wie man mit Open-Source-Hardware nachhaltig plant, bietet der Text.\n',
    },
    // codefor-de content/blog/2015-08-07-sebastian-askar-der-neue-open-data-beauftragte-fuer-berlin.md:84, and a listing's
    // date on the line after a compound (2022-05-04-out-in-the-open-april-2022.md:37), which makes no name of it.
    {
      ...okf,
      name: 'a compound across a line break, as Markdown reads it: one space',
      drafts: {
        'content/blog/post.md': 'Um die Open Data\nAkteure in Berlin besser zu vernetzen, schlägt Herr Askar vor.\n',
        'content/blog/termine.md': '* **20. Gulaschprogrammiernacht in Karlsruhe, inklusive Code For Germany Community-Treffen**\n19.05. - 22.05.\n',
      },
      errors: [
        { file: 'content/blog/post.md', messageId: 'compound', line: 1, column: 8, message: 'Unhyphenated compound `Open Data Akteure`, expected `Open-Data-Akteure`' },
        { file: 'content/blog/termine.md', messageId: 'compound', line: 1, column: 57 },
      ],
      output: {
        'content/blog/post.md': 'Um die Open-Data-Akteure in Berlin besser zu vernetzen, schlägt Herr Askar vor.\n',
        'content/blog/termine.md': '* **20. Gulaschprogrammiernacht in Karlsruhe, inklusive Code-for-Germany-Community-Treffen**\n19.05. - 22.05.\n',
      },
    },
    // The trap of the talks' titles: a link inside the list item's sentence is the draft's own wording.
    {
      ...okf,
      name: 'a compound in a link that is part of a list item’s sentence',
      text: ' * Die Stadt veröffentlicht [ihre Daten im Open Data Portal](https://example.org/daten) jährlich.\n',
      errors: [{ messageId: 'compound', line: 1, column: 44 }],
      output: ' * Die Stadt veröffentlicht [ihre Daten im Open-Data-Portal](https://example.org/daten) jährlich.\n',
    },
    // codefor-de content/blog/2022-08-04-out-in-the-open-july-2022.md:41: a compound begun further left, apart ("Best Practice-").
    // The trap: one begun right before the name, after a lowercase word, is fixed.
    {
      ...okf,
      name: 'a compound begun further left, after a word apart, is reported without a fix',
      text: 'Hier werden Best Practice-Open Data-Projekte und Best Practice-OpenData-Projekte vorgestellt, auch Civic-Tech-Open Data-Projekte.\n',
      errors: [
        { messageId: 'compound', line: 1, column: 27 },
        { messageId: 'avoid', line: 1, column: 64 },
        { messageId: 'compound', line: 1, column: 111 },
      ],
      output: 'Hier werden Best Practice-Open Data-Projekte und Best Practice-OpenData-Projekte vorgestellt, auch Civic-Tech-Open-Data-Projekte.\n',
    },
    // codefor-de content/blog/2025-06-10-out-in-the-open-may-2025.md: the address spells no "oklab".
    {
      ...okf,
      name: 'a link text the address does not spell',
      text: 'Nur wie findet man sie dann wieder? [OKLab Köln](https://codefor.de/koeln/) möchte dies lösen.\n',
      errors: [{ messageId: 'avoid', line: 1, column: 38 }],
      output: 'Nur wie findet man sie dann wieder? [OK Lab Köln](https://codefor.de/koeln/) möchte dies lösen.\n',
    },
    // codefor-de content/blog/2024-08-12-out-in-the-open-july-2024.md:49, and a sentence with a compound's first part whose noun is left out
    {
      ...okf,
      name: 'a place in the genitive after an avoid form; an avoid form as a first part with its noun left out',
      text: 'Das Projekt Denkmal 4D des OKLab Kölns. Wir brauchen mehr (OpenSource-)Software und OpenData- und Open-Source-Projekte.\n',
      errors: [
        { messageId: 'avoid', line: 1, column: 28, endColumn: 33 },
        { messageId: 'avoid', line: 1, column: 60, endColumn: 70 },
        { messageId: 'avoid', line: 1, column: 85, endColumn: 93 },
      ],
      output: 'Das Projekt Denkmal 4D des OK Lab Kölns. Wir brauchen mehr (Open-Source-)Software und Open-Data- und Open-Source-Projekte.\n',
    },
    // codefor-de content/blog/2023-02-06-out-in-the-open-january-2023.md and 2024-09-09-out-in-the-open-august-2024.md
    {
      ...okf,
      name: 'unhyphenated compounds',
      text: 'Man findet die Daten nicht im Berliner Open Data-Portal. Diese ist auf dem Open Data Portal des Bundeslandes zu finden.\n',
      errors: [
        { messageId: 'compound', line: 1, column: 40, endColumn: 56 },
        { messageId: 'compound', line: 1, column: 76, endColumn: 92 },
      ],
      output: 'Man findet die Daten nicht im Berliner Open-Data-Portal. Diese ist auf dem Open-Data-Portal des Bundeslandes zu finden.\n',
    },
    {
      ...okf,
      name: 'a compound after a one-word noun and a conjunction: the noun is its own',
      text: 'Wir sammeln Daten und Open Data Portale.\n',
      errors: [{ messageId: 'compound', line: 1, column: 23, endColumn: 40 }],
      output: 'Wir sammeln Daten und Open-Data-Portale.\n',
    },
    // codefor-de content/blog/2022-12-05-out-in-the-open-november-2022.md and 2025-06-10-out-in-the-open-may-2025.md:296: an abbreviation in parentheses is no region, a German title in bold in a sentence no English one nor a listing's.
    {
      ...okf,
      name: 'an abbreviation after a compound, a German bold title: still compounds',
      text: 'Ein [Blogbeitrag der Open Data Informationsstelle (ODIS) Berlin](https://odis-berlin.de/). Beim **18. Open Data Netzwerktreffen** ging es um Verwaltungsdaten.\n',
      errors: [
        { messageId: 'compound', line: 1, column: 22, endColumn: 50 },
        { messageId: 'compound', line: 1, column: 103, endColumn: 128 },
      ],
      output: 'Ein [Blogbeitrag der Open-Data-Informationsstelle (ODIS) Berlin](https://odis-berlin.de/). Beim **18. Open-Data-Netzwerktreffen** ging es um Verwaltungsdaten.\n',
    },
    {
      ...okf,
      name: 'a bold sentence after a colon is the draft’s own text',
      text: 'Wir laden ein: **Unser OKLab trifft sich am Montag im Rathaus.**\n',
      errors: [{ messageId: 'avoid', line: 1, column: 24, endColumn: 29 }],
      output: 'Wir laden ein: **Unser OK Lab trifft sich am Montag im Rathaus.**\n',
    },
    // Issue 17. codefor-de content/blog/2024-03-02-out-in-the-open-february-2024.md:70: once "Open Source-Bibliotheken".
    {
      ...okf,
      name: 'an avoid form as the first part of a compound: hyphenated through',
      text: 'Und tatsächlich wird nun auf Basis bestehender Standards und existierenden OpenSource-Bibliotheken mit [transitous](https://github.com/public-transport/transitous) ein Dienst aufgebaut.\n',
      errors: [{ messageId: 'avoid', line: 1, column: 76, endColumn: 86, message: 'Unexpected `OpenSource`, expected `Open-Source`' }],
      output:
        'Und tatsächlich wird nun auf Basis bestehender Standards und existierenden Open-Source-Bibliotheken mit [transitous](https://github.com/public-transport/transitous) ein Dienst aufgebaut.\n',
    },
    // codefor-de content/blog/2025-06-10-out-in-the-open-may-2025.md:338 and 2022-12-05-out-in-the-open-november-2022.md:36–38: once "OK Lab-Treffen", "Open Data-Portal".
    {
      ...okf,
      name: 'compounds in a list item, a heading and running text',
      text: '* Regelmäßige OKLab-Treffen\n\n## OpenData-Adventskalender\n\nDas OpenData-Portal Schleswig-Holstein beschenkt uns ebenfalls.\n',
      errors: [
        { messageId: 'avoid', line: 1, column: 15, message: 'Unexpected `OKLab`, expected `OK-Lab`' },
        { messageId: 'avoid', line: 3, column: 4, message: 'Unexpected `OpenData`, expected `Open-Data`' },
        { messageId: 'avoid', line: 5, column: 5, message: 'Unexpected `OpenData`, expected `Open-Data`' },
      ],
      output: '* Regelmäßige OK-Lab-Treffen\n\n## Open-Data-Adventskalender\n\nDas Open-Data-Portal Schleswig-Holstein beschenkt uns ebenfalls.\n',
    },
    // rust-blog posts/inside-rust/2019-10-28-rustc-learning-working-group-introduction.md:35 and 71: shortcut references keep their labels.
    {
      ...rust,
      name: 'a shortcut reference link: the finding stays, without a fix',
      text: 'as well as the [rustc-dev-guide Github repository]. This proved difficult.\n\n- **[Github Project (Kanban)]**\n\n[rustc-dev-guide Github repository]: https://github.com/rust-lang/rustc-dev-guide\n[Github Project (Kanban)]: https://github.com/orgs/rust-lang/projects/1\n',
      errors: [
        { messageId: 'avoid', line: 1, column: 33, message: 'Unexpected `Github`, expected `GitHub`' },
        { messageId: 'avoid', line: 3, column: 6, message: 'Unexpected `Github`, expected `GitHub`' },
      ],
      output:
        'as well as the [rustc-dev-guide Github repository]. This proved difficult.\n\n- **[Github Project (Kanban)]**\n\n[rustc-dev-guide Github repository]: https://github.com/rust-lang/rustc-dev-guide\n[Github Project (Kanban)]: https://github.com/orgs/rust-lang/projects/1\n',
    },
    // rust-blog posts/2016-01-21-Rust-1.6.md:61 and posts/2019-05-15-4-Years-Of-Rust.md:17: the term is lowercase even at a sentence's start.
    {
      ...rust,
      name: 'a lowercase term at the start of a heading and of a full reference link: written lowercase',
      text: '#### Crates.io disallows wildcards\n\n- [Crates.io][crates-io] passed a billion downloads.\n\n[crates-io]: https://crates.io\n',
      errors: [
        { messageId: 'avoid', line: 1, column: 6, message: 'Unexpected `Crates.io`, expected `crates.io`' },
        { messageId: 'avoid', line: 3, column: 4, message: 'Unexpected `Crates.io`, expected `crates.io`' },
      ],
      output: '#### crates.io disallows wildcards\n\n- [crates.io][crates-io] passed a billion downloads.\n\n[crates-io]: https://crates.io\n',
    },
    // codefor-de content/blog/2022-05-04-out-in-the-open-april-2022.md:37 and 41: the compound in the term's spelling; a
    // capitalised word after the noun may carry the compound on ("Community Call"): flagged, left to a person.
    {
      ...okf,
      name: 'a compound in the term’s spelling, and one whose end is unclear',
      text: '* **20. Gulaschprogrammiernacht in Karlsruhe, inklusive Code For Germany Community-Treffen**\n* **Offener Code For Germany Community Call**\n',
      errors: [
        { messageId: 'compound', line: 1, column: 57, message: 'Unhyphenated compound `Code For Germany Community-Treffen`, expected `Code-for-Germany-Community-Treffen`' },
        { messageId: 'compound', line: 2, column: 13, message: 'Unhyphenated compound `Code For Germany Community`, expected `Code-for-Germany-Community`' },
      ],
      output: '* **20. Gulaschprogrammiernacht in Karlsruhe, inklusive Code-for-Germany-Community-Treffen**\n* **Offener Code For Germany Community Call**\n',
    },
    // rust-blog posts/2015-10-29-Rust-1.4.md:50: a term over a line end; the fix joins the lines of the paragraph.
    {
      ...rust,
      name: 'an avoid form over a line end',
      text: 'where your crate would work well on Linux and Mac OS\nX but not on Windows.\n',
      errors: [{ messageId: 'avoid', line: 1, column: 47, endLine: 2, message: 'Unexpected `Mac OS X`, expected `macOS`' }],
      output: 'where your crate would work well on Linux and macOS but not on Windows.\n',
    },
  ],
});

describe('after the fix, the term rule reports nothing on the result (issue 17)', () => {
  it.each([
    'Und tatsächlich wird nun auf Basis bestehender Standards und existierenden Open-Source-Bibliotheken mit [transitous](https://github.com/public-transport/transitous) ein Dienst aufgebaut.\n',
    '* Regelmäßige OK-Lab-Treffen\n\n## Open-Data-Adventskalender\n\nDas Open-Data-Portal Schleswig-Holstein beschenkt uns ebenfalls.\n',
    'Man findet die Daten nicht im Berliner Open-Data-Portal. Diese ist auf dem Open-Data-Portal des Bundeslandes zu finden.\n',
  ])('%s', (text) => {
    expect(lintDrafts(CODE_FOR_GERMANY, { 'content/blog/post.md': text }, ['term'])).toEqual([]);
  });
});
