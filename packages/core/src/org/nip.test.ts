import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNip, normaliseNip, parseNip, type NipErrorCode, type NipParts, type NipResult } from './nip.js';

/** A fixed "today" so that the future-TMT rule does not depend on when the suite runs. */
const TODAY = new Date('2025-06-15T00:00:00Z');
const THIS_YEAR = 2025;

const ALL_CODES: readonly NipErrorCode[] = ['NIP_FORMAT', 'NIP_BIRTH_DATE', 'NIP_TMT', 'NIP_SEX', 'NIP_SEQUENCE', 'NIP_AGE'];

function expectCode(result: NipResult, code: NipErrorCode): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  expect(result.message.length).toBeGreaterThan(0);
}

describe('parseNip: valid PNS NIPs', () => {
  it('parses a male PNS NIP into its parts', () => {
    expect(parseNip('198503122010011003', TODAY)).toEqual({
      ok: true,
      value: {
        nip: '198503122010011003',
        kind: 'pns',
        birthDate: '1985-03-12',
        appointed: '2010-01',
        sex: 'L',
        sequence: 3,
      },
    });
  });

  it('parses a female PNS NIP into its parts', () => {
    expect(parseNip('199001152015122001', TODAY)).toEqual({
      ok: true,
      value: {
        nip: '199001152015122001',
        kind: 'pns',
        birthDate: '1990-01-15',
        appointed: '2015-12',
        sex: 'P',
        sequence: 1,
      },
    });
  });

  it('reads the full 3-digit sequence (999)', () => {
    const r = parseNip('198001012005011999', TODAY);
    expect(r.ok && r.value.sequence).toBe(999);
  });

  it('accepts every TMT month 01–12 as PNS', () => {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      const r = parseNip(`198503122010${mm}1003`, TODAY);
      expect(r).toMatchObject({ ok: true, value: { kind: 'pns', appointed: `2010-${mm}` } });
    }
  });

  it('accepts the leap day 1984-02-29 as birth date', () => {
    expect(parseNip('198402292005011001', TODAY)).toMatchObject({ ok: true, value: { birthDate: '1984-02-29' } });
  });

  it('accepts a leap day in a century leap year (2000-02-29)', () => {
    expect(parseNip('200002292020011001', TODAY)).toMatchObject({ ok: true, value: { birthDate: '2000-02-29' } });
  });

  it('accepts birth year 1940 (the earliest allowed)', () => {
    expect(parseNip('194001011980011001', TODAY)).toMatchObject({ ok: true, value: { birthDate: '1940-01-01' } });
  });

  it('accepts the last day of each month', () => {
    expect(parseNip('198501312010011001', TODAY).ok).toBe(true);
    expect(parseNip('198504302010011001', TODAY).ok).toBe(true);
    expect(parseNip('198512312010011001', TODAY).ok).toBe(true);
  });
});

describe('parseNip: valid PPPK NIPs', () => {
  it('parses a female PPPK NI ("21" in place of the TMT month)', () => {
    expect(parseNip('198807042022212005', TODAY)).toEqual({
      ok: true,
      value: {
        nip: '198807042022212005',
        kind: 'pppk',
        birthDate: '1988-07-04',
        appointed: '2022',
        sex: 'P',
        sequence: 5,
      },
    });
  });

  it('parses a male PPPK NI', () => {
    expect(parseNip('197512312019211120', TODAY)).toEqual({
      ok: true,
      value: {
        nip: '197512312019211120',
        kind: 'pppk',
        birthDate: '1975-12-31',
        appointed: '2019',
        sex: 'L',
        sequence: 120,
      },
    });
  });
});

describe('parseNip: NIP_FORMAT', () => {
  it.each([
    ['17 digits', '19850312201001100'],
    ['19 digits', '1985031220100110031'],
    ['empty', ''],
    ['only separators', ' . - '],
    ['a letter in front', 'A98503122010011003'],
    ['a letter inside', '19850312201O011003'],
    ['a slash', '19850312/201001/1/003'],
    ['an underscore', '19850312_201001_1_003'],
    ['full-width digits', '１９８５０３１２２０１００１１００３'],
    ['a plus sign', '+198503122010011003'],
  ])('rejects %s', (_label, input) => {
    expectCode(parseNip(input, TODAY), 'NIP_FORMAT');
  });

  it('says what is wrong', () => {
    expect(parseNip('123', TODAY)).toEqual({ ok: false, code: 'NIP_FORMAT', message: 'NIP harus terdiri dari 18 angka.' });
  });
});

describe('parseNip: NIP_BIRTH_DATE', () => {
  it.each([
    ['30 February', '198502302010011003'],
    ['29 February in a common year (1985)', '198502292005011001'],
    ['29 February 2100 (a century that is not a leap year)', '210002292005011001'],
    ['month 13', '198513012010011003'],
    ['month 00', '198500012010011003'],
    ['day 00', '198503002010011003'],
    ['day 32', '198501322010011003'],
    ['31 April', '198504312010011003'],
    ['birth year before 1940', '193912312000011001'],
    ['birth year 0000', '000001012000011001'],
  ])('rejects %s', (_label, input) => {
    expectCode(parseNip(input, TODAY), 'NIP_BIRTH_DATE');
  });

  it('says which digits are wrong', () => {
    expect(parseNip('198502302010011003', TODAY)).toEqual({
      ok: false,
      code: 'NIP_BIRTH_DATE',
      message: 'Tanggal lahir dalam NIP (digit 1–8) tidak valid.',
    });
  });
});

describe('parseNip: NIP_TMT', () => {
  it.each([
    ['TMT month 00', '198503122010001003'],
    ['TMT month 13', '198503122010131003'],
    ['TMT month 20', '198503122010201003'],
    ['TMT month 22', '198503122010221003'],
    ['TMT month 99', '198503122010991003'],
  ])('rejects %s', (_label, input) => {
    expect(parseNip(input, TODAY)).toEqual({
      ok: false,
      code: 'NIP_TMT',
      message: 'Bulan TMT dalam NIP (digit 13–14) harus 01–12, atau 21 untuk PPPK.',
    });
  });

  it('rejects a TMT year two years ahead (PNS)', () => {
    expect(parseNip(`19900101${THIS_YEAR + 2}011001`, TODAY)).toEqual({
      ok: false,
      code: 'NIP_TMT',
      message: 'Tahun TMT dalam NIP (digit 9–12) berada di masa depan.',
    });
  });

  it('rejects an appointment year two years ahead (PPPK)', () => {
    expectCode(parseNip(`19900101${THIS_YEAR + 2}211001`, TODAY), 'NIP_TMT');
  });

  it('rejects a far-future TMT year', () => {
    expectCode(parseNip('199001019999011001', TODAY), 'NIP_TMT');
  });

  it('tolerates next year (NIPs are issued ahead of the TMT) and this year', () => {
    expect(parseNip(`19900101${THIS_YEAR + 1}011001`, TODAY)).toMatchObject({ ok: true, value: { appointed: `${THIS_YEAR + 1}-01` } });
    expect(parseNip(`19900101${THIS_YEAR + 1}211001`, TODAY)).toMatchObject({ ok: true, value: { appointed: `${THIS_YEAR + 1}` } });
    expect(parseNip(`19900101${THIS_YEAR}121001`, TODAY)).toMatchObject({ ok: true, value: { appointed: `${THIS_YEAR}-12` } });
  });

  it('judges "the future" by the supplied today', () => {
    const nip = '199001012027011001';
    expectCode(parseNip(nip, new Date('2025-12-31T23:59:59Z')), 'NIP_TMT');
    expect(parseNip(nip, new Date('2026-01-01T00:00:00Z')).ok).toBe(true);
  });

  it('checks the month before the year', () => {
    const r = parseNip('199001019999131001', TODAY);
    expect(r.ok === false && r.message).toBe('Bulan TMT dalam NIP (digit 13–14) harus 01–12, atau 21 untuk PPPK.');
  });
});

describe('parseNip: NIP_AGE', () => {
  it('rejects appointment at 16 and accepts it at 17', () => {
    expect(parseNip('199001012006011001', TODAY)).toEqual({
      ok: false,
      code: 'NIP_AGE',
      message: 'Usia saat pengangkatan menurut NIP (16 tahun) tidak wajar.',
    });
    expect(parseNip('199001012007011001', TODAY).ok).toBe(true);
  });

  it('rejects appointment at 61 and accepts it at 60', () => {
    expect(parseNip('195001012011011001', TODAY)).toEqual({
      ok: false,
      code: 'NIP_AGE',
      message: 'Usia saat pengangkatan menurut NIP (61 tahun) tidak wajar.',
    });
    expect(parseNip('195001012010011001', TODAY).ok).toBe(true);
  });

  it('rejects an appointment before birth', () => {
    expect(parseNip('199001011980011001', TODAY)).toMatchObject({ ok: false, code: 'NIP_AGE' });
  });

  it('applies to PPPK too', () => {
    expectCode(parseNip('200501012021211001', TODAY), 'NIP_AGE'); // 16
    expect(parseNip('200401012021211001', TODAY).ok).toBe(true); // 17
    expectCode(parseNip('196001012021211001', TODAY), 'NIP_AGE'); // 61
  });
});

describe('parseNip: NIP_SEX', () => {
  it.each(['0', '3', '4', '5', '9'])('rejects sex digit %s', (d) => {
    expect(parseNip(`19850312201001${d}003`, TODAY)).toEqual({
      ok: false,
      code: 'NIP_SEX',
      message: 'Digit jenis kelamin dalam NIP (digit 15) harus 1 atau 2.',
    });
  });

  it('rejects sex digit 0 on a PPPK NI', () => {
    expectCode(parseNip('198807042022210005', TODAY), 'NIP_SEX');
  });
});

describe('parseNip: NIP_SEQUENCE', () => {
  it('rejects sequence 000', () => {
    expect(parseNip('198503122010011000', TODAY)).toEqual({
      ok: false,
      code: 'NIP_SEQUENCE',
      message: 'Nomor urut dalam NIP (digit 16–18) tidak boleh 000.',
    });
    expectCode(parseNip('198807042022212000', TODAY), 'NIP_SEQUENCE');
  });

  it('accepts sequence 001', () => {
    expect(parseNip('198503122010011001', TODAY)).toMatchObject({ ok: true, value: { sequence: 1 } });
  });
});

describe('parseNip: order of checks (first problem reported)', () => {
  it('reports the birth date before the TMT, sex and sequence', () => {
    expectCode(parseNip('198502302010000000', TODAY), 'NIP_BIRTH_DATE');
  });
  it('reports the TMT before age, sex and sequence', () => {
    expectCode(parseNip('201001012010000000', TODAY), 'NIP_TMT');
  });
  it('reports the age before sex and sequence', () => {
    expectCode(parseNip('201001012010010000', TODAY), 'NIP_AGE');
  });
  it('reports the sex before the sequence', () => {
    expectCode(parseNip('198503122010010000', TODAY), 'NIP_SEX');
  });
});

describe('normaliseNip and separators', () => {
  it('removes spaces, dots, hyphens, tabs and newlines', () => {
    expect(normaliseNip('19850312 201001 1 003')).toBe('198503122010011003');
    expect(normaliseNip('19850312.201001.1.003')).toBe('198503122010011003');
    expect(normaliseNip('19850312-201001-1-003')).toBe('198503122010011003');
    expect(normaliseNip(' \t19850312\n201001 1\u00a0003 ')).toBe('198503122010011003');
  });

  it('leaves other characters alone', () => {
    expect(normaliseNip('1985/03_12x')).toBe('1985/03_12x');
    expect(normaliseNip('')).toBe('');
  });

  it.each([
    '19850312 201001 1 003',
    '19850312.201001.1.003',
    '19850312-201001-1-003',
    '  198503122010011003  ',
    '1985 0312 2010 0110 03',
  ])('parses %j to the bare 18-digit NIP', (input) => {
    expect(parseNip(input, TODAY)).toMatchObject({ ok: true, value: { nip: '198503122010011003', sequence: 3 } });
  });

  it('still rejects 17 digits written with separators', () => {
    expectCode(parseNip('19850312 201001 1 00', TODAY), 'NIP_FORMAT');
  });
});

describe('parseNip: default today', () => {
  it('uses the current date when none is given', () => {
    expect(parseNip('198503122010011003').ok).toBe(true);
    const farFuture = `19900101${new Date().getUTCFullYear() + 2}011001`;
    expectCode(parseNip(farFuture), 'NIP_TMT');
  });
});

describe('formatNip', () => {
  it('formats PNS parts', () => {
    expect(formatNip({ birthDate: '1985-03-12', appointed: '2010-01', kind: 'pns', sex: 'L', sequence: 3 })).toBe('198503122010011003');
  });
  it('formats PPPK parts with the "21" code', () => {
    expect(formatNip({ birthDate: '1988-07-04', appointed: '2022', kind: 'pppk', sex: 'P', sequence: 5 })).toBe('198807042022212005');
  });
  it('pads the sequence to three digits', () => {
    expect(formatNip({ birthDate: '1985-03-12', appointed: '2010-01', kind: 'pns', sex: 'P', sequence: 42 })).toBe('198503122010012042');
    expect(formatNip({ birthDate: '1985-03-12', appointed: '2010-01', kind: 'pns', sex: 'P', sequence: 999 })).toBe('198503122010012999');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** NIP parts that parseNip must accept for TODAY. */
const validParts: fc.Arbitrary<NipParts> = fc
  .integer({ min: 1940, max: THIS_YEAR + 1 - 17 })
  .chain((by) =>
    fc.record({
      by: fc.constant(by),
      bm: fc.integer({ min: 1, max: 12 }),
      bdSeed: fc.integer({ min: 1, max: 31 }),
      ay: fc.integer({ min: by + 17, max: Math.min(by + 60, THIS_YEAR + 1) }),
      am: fc.integer({ min: 1, max: 12 }),
      kind: fc.constantFrom('pns' as const, 'pppk' as const),
      sex: fc.constantFrom('L' as const, 'P' as const),
      sequence: fc.integer({ min: 1, max: 999 }),
    }),
  )
  .map(({ by, bm, bdSeed, ay, am, kind, sex, sequence }) => {
    const bd = Math.min(bdSeed, daysInMonth(by, bm));
    return {
      birthDate: `${by}-${pad(bm)}-${pad(bd)}`,
      appointed: kind === 'pns' ? `${ay}-${pad(am)}` : String(ay),
      kind,
      sex,
      sequence,
    };
  });

const eighteenDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }).map((ds) => ds.join(''));

describe('NIP properties', () => {
  it('formatNip → parseNip round-trips every valid set of parts exactly', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const nip = formatNip(parts);
        expect(nip).toMatch(/^\d{18}$/);
        expect(parseNip(nip, TODAY)).toEqual({ ok: true, value: { nip, ...parts } });
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through the separated display form too', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const nip = formatNip(parts);
        const display = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
        expect(parseNip(display, TODAY)).toEqual({ ok: true, value: { nip, ...parts } });
      }),
    );
  });

  it('any 18-digit string parses or fails with a known code, never throws', () => {
    fc.assert(
      fc.property(eighteenDigits, (nip) => {
        const r = parseNip(nip, TODAY);
        if (r.ok) {
          expect(r.value.nip).toBe(nip);
          // Whatever parses formats back to itself.
          expect(formatNip(r.value)).toBe(nip);
        } else {
          expect(ALL_CODES).toContain(r.code);
          expect(r.code).not.toBe('NIP_FORMAT');
          expect(typeof r.message).toBe('string');
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('a valid NIP with one digit changed still parses or fails with a known code', () => {
    fc.assert(
      fc.property(validParts, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 0, max: 9 }), (parts, at, digit) => {
        const nip = formatNip(parts);
        const mutated = nip.slice(0, at) + String(digit) + nip.slice(at + 1);
        const r = parseNip(mutated, TODAY);
        if (r.ok) expect(formatNip(r.value)).toBe(mutated);
        else expect(ALL_CODES.filter((c) => c !== 'NIP_FORMAT')).toContain(r.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('any string at all never throws, and only 18 digits (after separators) get past NIP_FORMAT', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = parseNip(s, TODAY);
        const digitsOnly = /^\d{18}$/.test(normaliseNip(s));
        if (!digitsOnly) expect(r).toMatchObject({ ok: false, code: 'NIP_FORMAT' });
        else if (!r.ok) expect(ALL_CODES).toContain(r.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('a bad sex digit on an otherwise valid NIP is always NIP_SEX', () => {
    fc.assert(
      fc.property(validParts, fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), (parts, d) => {
        const nip = formatNip(parts);
        expectCode(parseNip(nip.slice(0, 14) + d + nip.slice(15), TODAY), 'NIP_SEX');
      }),
    );
  });

  it('sequence 000 on an otherwise valid NIP is always NIP_SEQUENCE', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const nip = formatNip(parts);
        expectCode(parseNip(nip.slice(0, 15) + '000', TODAY), 'NIP_SEQUENCE');
      }),
    );
  });
});
