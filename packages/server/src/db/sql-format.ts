/**
 * A light formatter for the SQL catalog: one clause per line, subqueries indented, nothing else
 * changed (no reordering, no case changes), so a diff of a catalog file shows the clause that moved.
 */

/** Word sequences that start a clause; the longest match at a word wins and its words stay together. */
const CLAUSES: readonly (readonly string[])[] = [
  ['with', 'recursive'],
  ['with'],
  ['select'],
  ['insert', 'into'],
  ['update'],
  ['delete', 'from'],
  ['from'],
  ['inner', 'join'],
  ['left', 'outer', 'join'],
  ['left', 'join'],
  ['right', 'join'],
  ['full', 'join'],
  ['full', 'outer', 'join'],
  ['cross', 'join'],
  ['cross', 'join', 'lateral'],
  ['left', 'join', 'lateral'],
  ['join'],
  ['where'],
  ['group', 'by'],
  ['having'],
  ['window'],
  ['order', 'by'],
  ['limit'],
  ['offset'],
  ['values'],
  ['set'],
  ['on', 'conflict'],
  ['do', 'update', 'set'],
  ['do', 'nothing'],
  ['returning'],
  ['union', 'all'],
  ['union'],
  ['except'],
  ['intersect'],
  ['for', 'update'],
  ['for', 'share'],
].sort((a, b) => b.length - a.length);

/** Words after which a clause word is part of an expression, not a clause (`is distinct from`, `extract(x from y)`). */
const NOT_AFTER = new Set(['distinct', 'is']);

type Token = { kind: 'word' | 'space' | 'open' | 'close' | 'other'; text: string };

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      let j = i;
      while (j < sql.length && /\s/.test(sql[j]!)) j++;
      tokens.push({ kind: 'space', text: ' ' });
      i = j;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c) {
          if (sql[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      tokens.push({ kind: 'other', text: sql.slice(i, j + 1) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < sql.length && /[A-Za-z0-9_]/.test(sql[j]!)) j++;
      tokens.push({ kind: 'word', text: sql.slice(i, j) });
      i = j;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', text: c });
      i++;
    } else {
      tokens.push({ kind: 'other', text: c });
      i++;
    }
  }
  return tokens;
}

/** The next non-space tokens from `i`, at most `n`. */
function wordsFrom(tokens: Token[], i: number, n: number): { words: string[]; end: number[] } {
  const words: string[] = [];
  const end: number[] = [];
  for (let j = i; j < tokens.length && words.length < n; j++) {
    const t = tokens[j]!;
    if (t.kind === 'space') continue;
    if (t.kind !== 'word') break;
    words.push(t.text.toLowerCase());
    end.push(j);
  }
  return { words, end };
}

export function formatSql(sql: string): string {
  const tokens = tokenize(sql.trim());
  const lines: string[] = [];
  let line = '';
  // One entry per open parenthesis: true when it opens a subquery (its clauses are broken and indented).
  const parens: boolean[] = [];
  const indent = () => '  '.repeat(parens.filter(Boolean).length);
  const breakLine = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = indent();
  };
  let previousWord = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'space') {
      if (line.trim() !== '' && !line.endsWith(' ') && !line.endsWith('(')) line += ' ';
      continue;
    }
    if (t.kind === 'open') {
      const next = wordsFrom(tokens, i + 1, 1).words[0];
      const sub = next === 'select' || next === 'with' || next === 'values';
      line += '(';
      parens.push(sub);
      if (sub) breakLine();
      continue;
    }
    if (t.kind === 'close') {
      const sub = parens.pop();
      if (sub) breakLine();
      line = line.trimEnd() + ')';
      continue;
    }
    if (t.kind === 'word' && (parens.length === 0 || parens.at(-1)) && !NOT_AFTER.has(previousWord)) {
      const ahead = wordsFrom(tokens, i, 3);
      const clause = CLAUSES.find((c) => c.every((w, k) => ahead.words[k] === w));
      if (clause) {
        breakLine();
        const last = ahead.end[clause.length - 1]!;
        line += tokens
          .slice(i, last + 1)
          .map((x) => (x.kind === 'space' ? ' ' : x.text))
          .join('');
        previousWord = clause.at(-1)!;
        i = last;
        continue;
      }
    }
    if (t.kind === 'word') previousWord = t.text.toLowerCase();
    else previousWord = '';
    if (t.text === ',' ) line = line.trimEnd();
    line += t.text;
  }
  breakLine();
  return lines.join('\n');
}
