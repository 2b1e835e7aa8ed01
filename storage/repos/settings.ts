/** Settings are one record per key; readers get typed defaults for keys never written. */
import { db as defaultDb, type FicheDB } from '../db';

export interface Settings {
  theme: 'system' | 'light' | 'dark';
  /** What recording an invoice does to a prospect (SPEC §4). */
  invoiceMakes: 'client' | 'prospect' | 'prospect-and-client';
  /** The user's own addresses and domains: they decide an email's direction and are never matched. */
  ownEmails: string[];
  ownDomains: string[];
  demoLoadedAt: number | null;
  /** The sender block printed at the top of letters: the user's name, company and postal address. */
  sender: SenderBlock;
}

export interface SenderBlock {
  name: string;
  company: string;
  /** Postal address, one line per line. */
  address: string;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  invoiceMakes: 'client',
  ownEmails: [],
  ownDomains: [],
  demoLoadedAt: null,
  sender: { name: '', company: '', address: '' },
};

export async function getSettings(db: FicheDB = defaultDb): Promise<Settings> {
  return settingsOf(await db.settings.toArray());
}

/** The settings from their stored rows, defaults for keys never written. */
export function settingsOf(rows: readonly { key: string; value: unknown }[]): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) (out as unknown as Record<string, unknown>)[row.key] = row.value;
  }
  return out;
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K], db: FicheDB = defaultDb) {
  await db.settings.put({ key, value });
}
