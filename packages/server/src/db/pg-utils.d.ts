// node-postgres's own parameter serialisation, which its package exports but its types do not declare.
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): string | Buffer | null };
  export default utils;
}
