// Escaping draft and spec text for HTML and XML reports.

// Characters XML 1.0 does not allow at all (C0 controls but tab, newline and carriage return,
// lone surrogates, U+FFFE/U+FFFF); HTML treats them as parse errors, so both reports drop them.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Text made safe for XML content and attributes; tab and line breaks as references, as attribute values would lose them. */
export const escapeXml = (text: string) => escapeHtml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
