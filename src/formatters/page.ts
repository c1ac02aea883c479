// The shell of onevoice's HTML reports: one self-contained page, inline CSS, nothing fetched.

import { VERSION } from '../version.js';
import { escapeHtml } from './escape.js';
import { HOMEPAGE } from './links.js';

// The policy forbids scripts and every network load: the page is data, and a report opened from a
// CI artifact should not be able to reach anywhere even if escaping ever failed.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa;
  --error: #c62828; --warning: #9a6700; --info: #0550ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: #fff; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 32px 0 8px; word-break: break-all; }
.summary { margin: 0 0 16px; color: var(--muted); }
.summary strong { color: var(--fg); }
code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
thead th { background: var(--bg-soft); font-weight: 600; font-size: 13px; }
.muted { color: var(--muted); }
.badge { display: inline-block; min-width: 64px; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; text-align: center; color: #fff; }
.badge.error { background: var(--error); }
.badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
ul.plain { margin: 4px 0 0; padding-left: 18px; }
footer { padding-top: 24px; padding-bottom: 32px; color: var(--muted); font-size: 13px; }
a { color: var(--info); }
/* The table of a report scrolls in its own box where it is wider than a phone; the page never does. */
.scroll { max-width: 100%; overflow-x: auto; }
@media (max-width: 720px) {
  header, main, footer { padding-left: 12px; padding-right: 12px; }
  header { padding-top: 16px; }
  h1 { font-size: 21px; }
}
`;

/** A complete HTML document; `title` is plain text, `body` and `css` are markup the caller built with escaped text. */
export function htmlPage(title: string, body: string, css = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="onevoice ${escapeHtml(VERSION)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}${css}</style>
</head>
<body>
${body}
<footer>Made by <a href="${HOMEPAGE}">onevoice</a> ${escapeHtml(VERSION)}.</footer>
</body>
</html>
`;
}
