import { normaliseNip } from '@kinerja/core';
import { loadConfig } from '../config.js';
import { createContext, openDatabase } from '../runtime.js';
import { resetPassword } from '../modules/org/changes.js';

export async function resetPasswordCommand(nip: string): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    const password = await resetPassword(createContext(handle, config), null, null, normaliseNip(nip));
    console.log(`Kata sandi sementara untuk ${normaliseNip(nip)}: ${password}`);
    console.log('Pengguna wajib menggantinya saat pertama kali masuk.');
  } finally {
    await handle.close();
  }
}
