import { describe, expect, it } from 'vitest';
import { generateSettings } from '../../../main/core/export/settings';
import { generateSubmissionSheet } from '../../../main/core/export/submission-sheet';

describe('generateSettings', () => {
  it('names the package files in paconn format, without environment unless given', () => {
    expect(JSON.parse(generateSettings({ hasIcon: true, hasScript: false }))).toEqual({
      apiProperties: 'apiProperties.json',
      apiDefinition: 'apiDefinition.swagger.json',
      icon: 'icon.png',
      powerAppsUrl: 'https://api.powerapps.com',
      powerAppsApiVersion: '2016-11-01',
    });
    const full = JSON.parse(generateSettings({ hasIcon: false, hasScript: true, environment: 'a1b2', connectorId: 'shared_x' }));
    expect(full).toMatchObject({ environment: 'a1b2', connectorId: 'shared_x', script: 'script.csx' });
    expect(full.icon).toBeUndefined();
  });
});

describe('generateSubmissionSheet', () => {
  const base = {
    connectorName: 'Contoso Tasks',
    kind: 'certified' as const,
    brandColor: '#1f6feb',
    supportContact: { name: 'Contoso support', email: 'support@contoso.com' },
    findings: [
      { rule: 'a', severity: 'warning' as const, message: 'w', file: 'readme.md' as const, path: '' },
      { rule: 'b', severity: 'info' as const, message: 'i', file: 'readme.md' as const, path: '' },
    ],
  };

  it('lists name, colour, contact, and counts', () => {
    const sheet = generateSubmissionSheet(base);
    expect(sheet).toContain('# Submission: Contoso Tasks');
    expect(sheet).toContain('- Brand colour: #1f6feb');
    expect(sheet).toContain('- Support contact: Contoso support, support@contoso.com');
    expect(sheet).toContain('- Errors: 0\n- Warnings: 1\n- Information: 1');
    expect(sheet).not.toContain('overridden');
  });

  it('keeps the password out unless explicitly included', () => {
    const testAccount = { instructions: 'Tenant demo.', username: 'demo', password: 'S3cret-pass' };
    expect(generateSubmissionSheet({ ...base, testAccount })).not.toContain('S3cret-pass');
    expect(generateSubmissionSheet({ ...base, testAccount })).toContain('given to the certification team separately');
    expect(generateSubmissionSheet({ ...base, testAccount, includePassword: true })).toContain('- Password: `S3cret-pass`');
  });

  it('appends the test report as given', () => {
    expect(generateSubmissionSheet({ ...base, testReport: '| op | status |\n|---|---|\n| ListTasks | 200 |' })).toContain('## Test report\n\n| op | status |');
  });
});
