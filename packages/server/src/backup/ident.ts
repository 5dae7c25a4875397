/** A table or sequence name quoted for SQL text (COPY and sequence reads cannot take it as a parameter). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
