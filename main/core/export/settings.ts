/**
 * paconn's settings.json (CERTIFICATION.md §2d): the argument store `paconn create/update --settings`
 * reads. It names the package files; the environment and connector ids are only written when given,
 * because a leaked environment GUID is the reason certification asks not to commit this file.
 */

export interface SettingsOptions {
  hasIcon: boolean;
  hasScript: boolean;
  /** Power Platform environment GUID. */
  environment?: string;
  /** Set once the connector exists (paconn update). */
  connectorId?: string;
}

export function generateSettings(options: SettingsOptions): string {
  const settings: Record<string, string> = {};
  if (options.connectorId) settings.connectorId = options.connectorId;
  if (options.environment) settings.environment = options.environment;
  settings.apiProperties = 'apiProperties.json';
  settings.apiDefinition = 'apiDefinition.swagger.json';
  if (options.hasIcon) settings.icon = 'icon.png';
  if (options.hasScript) settings.script = 'script.csx';
  settings.powerAppsUrl = 'https://api.powerapps.com';
  settings.powerAppsApiVersion = '2016-11-01';
  return JSON.stringify(settings, null, 2) + '\n';
}
