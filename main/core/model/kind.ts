/** The three places a connector can be submitted to (folders of PowerPlatformConnectors). */
export type ConnectorKindName = 'certified' | 'independent-publisher' | 'custom';

/** Independent-publisher connectors must use this brand colour and submit no icon. */
export const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';
/** The wizard's default icon background, which certification rejects. */
export const DEFAULT_WIZARD_COLOR = '#007ee5';
export const INDEPENDENT_PUBLISHER_SUFFIX = ' (Independent Publisher)';
