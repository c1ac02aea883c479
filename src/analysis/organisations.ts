// Organisations' names: the words up to a legal form are the organisation's own spelling, which
// neither the approved terms nor the voice's gender forms rewrite.

export const LEGAL_FORM = String.raw`(?:GmbH|gGmbH|AG|SE|KG|KGaA|OHG|UG|GbR|eG|e\.\s?V\.|B\.\s?V\.|N\.\s?V\.|S\.\s?A\.|Inc\.?|Ltd\.?|LLC|Corp\.?|plc)(?![\p{L}])`;

// A name that ends in its legal form: up to three capitalised words and a legal form ("OpenSource
// Science B.V."), or the name's words in one clause and its abbreviation with the legal form in
// parentheses ("Forum InformatikerInnen für Frieden und gesellschaftliche Verantwortung (FIfF e.V.)").
const NAME_ENDS = new RegExp(
  String.raw`^(?:(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}&-]*){0,3}[ \u00a0]+${LEGAL_FORM}|[^.!?;:()[\]\n]{0,100}?[ \u00a0]\((?:\p{Lu}[\p{L}\p{N}&-]*[ \u00a0]+)?${LEGAL_FORM}\))`,
  'u',
);

/** Whether the words from `end` on finish an organisation's name with its legal form: a word in it is the organisation's own spelling. */
export const inOrganisationName = (text: string, end: number) => NAME_ENDS.test(text.slice(end, end + 120));
