import { normaliseNip } from '@kinerja/core';
import { loadConfig } from '../config.js';
import { setAccountActivity } from '../modules/auth/index.js';
import { createContext, openDatabase } from '../runtime.js';

/** `kinerja disable-account <NIP>` / `enable-account <NIP>`: someone who left the service, or came back. */
export async function accountStateCommand(nip: string, active: boolean): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    const result = await setAccountActivity(createContext(handle, config), normaliseNip(nip), active);
    if (!result.found) throw new Error(`Akun dengan NIP ${normaliseNip(nip)} tidak ditemukan.`);
    console.log(
      active
        ? `Akun ${normaliseNip(nip)} aktif kembali. Bila kata sandinya tidak diketahui, atur ulang dengan reset-password.`
        : `Akun ${normaliseNip(nip)} dinonaktifkan; ${result.sessionsEnded} sesi diakhiri. Akun ini tidak dapat masuk lagi.`,
    );
  } finally {
    await handle.close();
  }
}
