export async function runImport(_file: string, _o: { dryRun: boolean; as: string }): Promise<void> {
  throw new Error('Impor lewat CLI belum tersedia.');
}
