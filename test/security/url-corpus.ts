/**
 * URLs a hostile document author might try, after OWASP's XSS filter-evasion cheat sheet and
 * DOMPurify's URL tests: schemes that run script or carry documents, hidden by case, white space,
 * control characters (which the browser's URL parser strips: `java\tscript:` is `javascript:`),
 * Unicode spaces and entities. Shared by the Node test of the gate (test/node/url-gate.test.ts)
 * and the browser test that runs every entry through every URL field of every element.
 */
export interface CorpusEntry {
  url: string;
  why: string;
}

const nul = String.fromCharCode(0);

/** Must be refused wherever they appear: in a document (through `data` or `src`) and in an attribute. */
export const REFUSED: CorpusEntry[] = [
  { url: 'javascript:alert(1)', why: 'javascript: scheme' },
  { url: 'JaVaScRiPt:alert(1)', why: 'mixed case' },
  { url: '  javascript:alert(1)', why: 'leading spaces' },
  { url: 'javascript:alert(1) ', why: 'trailing space' },
  { url: 'java\tscript:alert(1)', why: 'tab inside the scheme (stripped by the parser)' },
  { url: 'java\nscript:alert(1)', why: 'newline inside the scheme' },
  { url: 'java\rscript:alert(1)', why: 'carriage return inside the scheme' },
  { url: 'javascript\t:alert(1)', why: 'tab before the colon' },
  { url: `java${nul}script:alert(1)`, why: 'NUL inside the scheme' },
  { url: '\u0001javascript:alert(1)', why: 'leading C0 control character (stripped by the parser)' },
  { url: '\u001fjavascript:alert(1)', why: 'leading unit separator' },
  { url: '\u007fjavascript:alert(1)', why: 'DEL' },
  { url: '\u00a0javascript:alert(1)', why: 'no-break space' },
  { url: '\u2028javascript:alert(1)', why: 'line separator' },
  { url: '\u3000javascript:alert(1)', why: 'ideographic space' },
  { url: '\ufeffjavascript:alert(1)', why: 'byte order mark' },
  { url: 'javascript://%0aalert(1)', why: 'javascript: behind a comment and an encoded newline' },
  { url: 'javascript:alert(1)//https://example.org/', why: 'javascript: that looks like https' },
  { url: 'data:text/html,<script>alert(1)</script>', why: 'data: document' },
  { url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', why: 'data: in base64' },
  { url: 'DATA:image/svg+xml,<svg onload=alert(1)>', why: 'data: SVG, upper case' },
  { url: ' data:text/html,x', why: 'data: with a leading space' },
  { url: 'vbscript:msgbox(1)', why: 'vbscript: scheme' },
  { url: 'VBScript:msgbox(1)', why: 'vbscript:, mixed case' },
  { url: 'file:///etc/passwd', why: 'file: scheme' },
  { url: 'blob:https://example.org/0b1a', why: 'blob: scheme' },
  { url: 'ftp://example.org/x', why: 'a scheme not on the list' },
  { url: 'https://example.org/\nx', why: 'newline in an https URL' },
  { url: 'https://example.org/ x', why: 'space in an https URL (write %20)' },
];

/**
 * May be let through, but only as what they really are: a relative path or a protocol-relative
 * address, resolving to http(s) (an encoded or look-alike colon is no colon).
 */
export const HARMLESS: CorpusEntry[] = [
  { url: 'javascript&colon;alert(1)', why: 'an entity is no colon in JSON' },
  { url: '%6Aavascript:alert(1)', why: 'a percent-encoded scheme is a path' },
  { url: 'javascript\uff1aalert(1)', why: 'a fullwidth colon is no colon' },
  { url: 'java\u200bscript:alert(1)', why: 'a zero-width space breaks the scheme into a path' },
  { url: '//evil.example/x', why: 'protocol-relative: https on an https page' },
  { url: '/\\evil.example/x', why: 'backslash: the parser reads it as a slash' },
  { url: 'https:\\\\example.org/x', why: 'backslashes after https:' },
  { url: 'http:example.org', why: 'http: without slashes' },
  { url: 'HTTPS://EXAMPLE.ORG/x', why: 'upper-case https' },
  { url: 'https://i.ytimg.com./x.jpg', why: 'a host with a trailing dot' },
  { url: 'mailto:panel@stroomop.example', why: 'mailto:' },
  { url: './media/x.svg', why: 'relative path' },
  { url: '?q=1', why: 'query only' },
];

/**
 * As written in HTML: the parser decodes the entities before the element sees the attribute, so
 * `java&#9;script:` arrives as `java<TAB>script:`. All must be refused.
 */
export const ATTRIBUTE_REFUSED: string[] = [
  'javascript:alert(1)',
  'java&#9;script:alert(1)',
  'java&#x09;script:alert(1)',
  'java&#10;script:alert(1)',
  'java&#x0D;script:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  '&#1;javascript:alert(1)',
  'jav&Tab;ascript:alert(1)',
  'data&colon;text/html,x',
  'vbscript&colon;x',
];
