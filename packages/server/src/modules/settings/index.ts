/**
 * Agency settings, effective-dated: what other modules may use. A past date is answered with the
 * settings in force then (core `versionInForce`); changes are made from the agency's today onwards.
 */
export { agencyToday, changeSettings, forgetSettings, settingsOn, settingsVersions } from './versions.js';
export type { SettingsChangeResult, SettingsSectionChange, SettingsVersion } from './versions.js';
