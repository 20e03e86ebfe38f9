/** A W3C DTCG tokens document whose top-level groups are themes. */
export type TokensDocument = Record<string, unknown>;

/** The stylesheets described by a tokens document: file name (in themes/) to CSS text. Throws on a token the format does not allow. */
export function buildThemes(tokens: TokensDocument): Map<string, string>;
