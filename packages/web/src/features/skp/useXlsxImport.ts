/**
 * The state of an SKP Excel import screen (one SKP's RHK, many employees' RHK): a picked file is
 * checked at once (a dry run), "apply" sends the same file for real; a refused real run keeps the
 * dry run's answer on screen, a refused dry run clears it.
 */
import { useState } from 'react';

export function useXlsxImport<R>(send: (file: File, dryRun: boolean) => Promise<R>, notXlsx: string) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'checking' | 'applying' | null>(null);
  const [result, setResult] = useState<R | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  async function run(f: File, dryRun: boolean) {
    setBusy(dryRun ? 'checking' : 'applying');
    setError(null);
    try {
      setResult(await send(f, dryRun));
    } catch (e) {
      setError(e);
      if (dryRun) setResult(null);
    } finally {
      setBusy(null);
    }
  }

  function pick(f: File | null) {
    setResult(null);
    setError(null);
    setFileError(null);
    setFile(f);
    if (!f) return;
    if (!/\.xlsx$/i.test(f.name)) {
      setFileError(notXlsx);
      return;
    }
    void run(f, true);
  }

  return { file, busy, result, error, fileError, pick, apply: () => file && void run(file, false) };
}
