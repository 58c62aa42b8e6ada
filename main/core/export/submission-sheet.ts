/**
 * submission.md: the human-readable sheet that travels in the emailed package (the 2017 seed process
 * asked for brand colour, test account and support contact beside the files) plus the validation
 * summary and, when given, the test report. Deterministic: the same input gives the same text.
 */
import type { Finding } from '../model/findings';
import type { ConnectorKindName } from '../model/kind';

/** Lower case so it sorts last in the zip: the export adds it after the connector files, once the checks before the scan have run. */
export const SUBMISSION_SHEET_FILE = 'submission.md';

export interface TestAccount {
  instructions?: string;
  username?: string;
  password?: string;
}

export interface SubmissionSheetInput {
  connectorName: string;
  kind: ConnectorKindName;
  brandColor?: string;
  supportContact?: { name?: string; email?: string; url?: string };
  testAccount?: TestAccount;
  /** The caller's explicit opt-in to write the test password into the sheet. */
  includePassword?: boolean;
  findings: readonly Finding[];
  /** Set when the user exported despite errors: the date (YYYY-MM-DD) of that decision. */
  errorsOverriddenOn?: string;
  /** Package-level errors (size, schema count) shown with the findings. */
  packageErrors?: readonly string[];
  /** Opaque Markdown from the Test step. */
  testReport?: string;
}

const KIND_LABEL: Record<ConnectorKindName, string> = {
  certified: 'Certified connector',
  'independent-publisher': 'Independent publisher connector',
  custom: 'Custom connector',
};

function orMissing(value: string | undefined): string {
  return value && value.trim() !== '' ? value.trim() : '_not given_';
}

function testAccountLines(input: SubmissionSheetInput): string[] {
  const account = input.testAccount ?? {};
  const lines = ['## Test account', '', orMissing(account.instructions), ''];
  if (account.username) lines.push(`- User name: \`${account.username}\``);
  if (account.password && input.includePassword) {
    lines.push(
      '',
      '> **Warning:** this sheet contains the test account password. Share it only with the certification team, and change the password after certification.',
      '',
      `- Password: \`${account.password}\``,
    );
  } else if (account.password) {
    lines.push('- Password: given to the certification team separately (not written in this package).');
  }
  return [...lines, ''];
}

function findingLine(finding: Finding): string {
  const where = [finding.file, finding.line !== undefined ? `line ${finding.line}` : undefined, finding.path || undefined]
    .filter(Boolean)
    .join(', ');
  return `- **${finding.rule}** (${where}): ${finding.message}`;
}

function validationLines(input: SubmissionSheetInput): string[] {
  const count = (severity: Finding['severity']) => input.findings.filter((f) => f.severity === severity).length;
  const errors = input.findings.filter((f) => f.severity === 'error');
  const packageErrors = input.packageErrors ?? [];
  const lines = [
    '## Validation summary',
    '',
    `- Errors: ${errors.length + packageErrors.length}`,
    `- Warnings: ${count('warning')}`,
    `- Information: ${count('info')}`,
    '',
  ];
  if (input.errorsOverriddenOn) {
    lines.push(`**Exported with errors: overridden by the user on ${input.errorsOverriddenOn}.**`, '');
  }
  if (errors.length + packageErrors.length > 0) {
    lines.push('### Errors', '', ...packageErrors.map((message) => `- ${message}`), ...errors.map(findingLine), '');
  }
  return lines;
}

export function generateSubmissionSheet(input: SubmissionSheetInput): string {
  const contact = input.supportContact ?? {};
  const lines = [
    `# Submission: ${input.connectorName}`,
    '',
    `- Connector name: ${input.connectorName}`,
    `- Kind: ${KIND_LABEL[input.kind]}`,
    `- Brand colour: ${orMissing(input.brandColor)}`,
    `- Support contact: ${[contact.name, contact.email, contact.url].filter(Boolean).join(', ') || '_not given_'}`,
    '',
    ...testAccountLines(input),
    ...validationLines(input),
  ];
  if (input.testReport && input.testReport.trim() !== '') {
    lines.push('## Test report', '', input.testReport.trim(), '');
  }
  return lines.join('\n');
}
