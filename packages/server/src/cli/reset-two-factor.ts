import { normaliseNip } from '@kinerja/core';
import { loadConfig } from '../config.js';
import { resetTwoFactor } from '../modules/auth/index.js';
import { createContext, openDatabase } from '../runtime.js';

/** `kinerja reset-two-factor <NIP>`: for someone who lost both the phone and the recovery codes. */
export async function resetTwoFactorCommand(nip: string): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    const had = await resetTwoFactor(createContext(handle, config), normaliseNip(nip));
    console.log(
      had
        ? `Verifikasi dua langkah ${normaliseNip(nip)} dihapus dan semua sesinya diakhiri. Peran yang wajib memakainya akan diminta mendaftarkan aplikasi autentikator lagi saat masuk.`
        : `Akun ${normaliseNip(nip)} belum memakai verifikasi dua langkah; semua sesinya diakhiri.`,
    );
  } finally {
    await handle.close();
  }
}
