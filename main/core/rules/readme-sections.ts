/**
 * Catalogue 47: readme.md has the sections of the template (M:templates/certified-connectors/readme.md,
 * CERTIFICATION.md §2e): a `#` title, Publisher, Prerequisites, Supported Operations, Obtaining Credentials,
 * Known Issues and Limitations, and — for certified connectors — Deployment Instructions (optional for
 * independent publishers). Headings match case-insensitively; each section also accepts the wordings
 * certified readmes use ("Pre-requisites", "Supported Actions", "How to get credentials", …).
 * W: connectors using OAuth explain how to register the app (required for independent publishers, M:README.md).
 *
 * Severity follows the corpus: independent-publisher readmes are reviewed against the template (all but one of
 * the 34 in the corpus follow it), so a missing section is an error there. Certified readmes are the vendor's
 * documentation page and Microsoft accepts other layouts (most of the 57 certified readmes in the corpus lack
 * at least one template section), so for certified and custom connectors a missing section is a warning.
 */
import type { Rule } from './rule';
import { isObject } from '../model/operations';
import { allConnectionParameters, securityDefinitions } from './support-package/api-properties';

interface Section {
  /** The heading as the template writes it. */
  heading: string;
  /** Does a (lower-cased) heading text count as this section? */
  matches: (heading: string) => boolean;
  certifiedOnly?: boolean;
}

const SECTIONS: Section[] = [
  { heading: '## Publisher: <name>', matches: (h) => h.startsWith('publisher') },
  { heading: '## Prerequisites', matches: (h) => /pre-?\s?requisite|requirement/.test(h) },
  { heading: '## Supported Operations', matches: (h) => /operation|action|trigger/.test(h) },
  { heading: '## Obtaining Credentials', matches: (h) => /credential|api key|authenticat|obtain/.test(h) },
  { heading: '## Known Issues and Limitations', matches: (h) => /known issue|limitation/.test(h) },
  { heading: '## Deployment Instructions', matches: (h) => /deploy/.test(h), certifiedOnly: true },
];

const APP_REGISTRATION = /regist|client id|client secret|create (an? )?(new )?(oauth )?app|app(lication)? (id|creation)/i;

export const readmeSections: Rule = {
  id: 'readme-sections',
  catalogue: [47],
  severity: 'error',
  step: 'export',
  description: 'readme.md has the required sections of the certification template.',
  check(ctx, report) {
    const text = ctx.texts['readme.md'];
    if (text === undefined) return; // a missing readme is rule 1's finding
    const headings = headingTexts(text);
    // The title is the first line; certified readmes write it at any heading level ("## Blueink Connector").
    const severity = ctx.kind === 'independent-publisher' ? 'error' : 'warning';
    const firstLine = firstFilledLine(text);
    if (!/^ {0,3}#{1,6}[ \t]+\S/.test(firstLine)) {
      report({ severity, message: "readme.md must start with a '# <Connector name>' title followed by a 2–3 sentence description.", file: 'readme.md', path: '' });
    }
    for (const section of SECTIONS) {
      if (section.certifiedOnly && ctx.kind !== 'certified') continue;
      if (headings.some((heading) => section.matches(heading))) continue;
      if (section.heading.startsWith('## Publisher') && /^\s*\**publisher\**\s*:/im.test(text)) continue;
      report({ severity, message: `readme.md is missing the required section '${section.heading}'.`, file: 'readme.md', path: '' });
    }
    if (usesOAuth(ctx.swagger, ctx.properties) && !APP_REGISTRATION.test(text)) {
      report({
        severity: ctx.kind === 'independent-publisher' ? 'error' : 'warning',
        message: 'This connector uses OAuth: explain in readme.md how to register the app (client id, redirect URL, scopes).',
        file: 'readme.md',
        path: '',
      });
    }
  },
};

/** A heading line, matched where a line starts (sticky); `.` and `$` stop at a line break, so a match is one line. */
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/my;

/**
 * The normalised texts of the Markdown headings, in order: what a global multiline match of HEADING finds, tried
 * only on the lines that start with up to three spaces and a "#" (a readme's other lines are not scanned by it).
 */
function headingTexts(text: string): string[] {
  const headings: string[] = [];
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    let start = hash;
    while (start > 0 && hash - start < 3 && text.charCodeAt(start - 1) === 32) start--;
    if (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) continue;
    HEADING.lastIndex = start;
    const match = HEADING.exec(text);
    if (match) headings.push(normalise(match[2]));
  }
  return headings;
}

/** The characters that end a line for `^` and `$` in a multiline regular expression. */
function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** The first line that is not blank (as text.split(/\r?\n/).find(…), without splitting the whole readme). */
function firstFilledLine(text: string): string {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, newline >= 0 && text.charCodeAt(end - 1) === 13 /* \r */ && end > start ? end - 1 : end);
    if (line.trim() !== '') return line;
    start = end + 1;
  }
  return '';
}

function normalise(heading: string): string {
  return heading.replace(/[*_`]/g, '').trim().toLowerCase();
}

function usesOAuth(swagger: unknown, properties: unknown): boolean {
  if (securityDefinitions(swagger).some((d) => d.type === 'oauth2')) return true;
  return allConnectionParameters(properties).some((p) => p.parameter.type === 'oauthSetting' && isObject(p.parameter.oAuthSettings));
}
