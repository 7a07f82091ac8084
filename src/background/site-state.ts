/** Per-site memory written on the reader's behalf: on/off, and corrections. */
import type { Correction } from '../engine/types';
import { addCorrection, loadSettings, saveSettings } from '../shared/settings';
import { siteOf } from '../shared/site';
import { siteOnChange } from './context';

export async function rememberSiteOn(url: string | undefined, on: boolean): Promise<boolean> {
  const site = siteOf(url);
  if (!site) return false;
  const settings = await loadSettings();
  await saveSettings(siteOnChange(settings, site, on));
  return true;
}

export async function saveCorrection(url: string | undefined, correction: Correction): Promise<boolean> {
  const site = siteOf(url);
  if (!site) return false;
  await addCorrection(site, correction);
  return true;
}
