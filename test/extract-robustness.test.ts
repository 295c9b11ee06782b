import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, extractText, toGraph } from '../src/import/text/index.js';

/** The Windows-1252 bytes of the characters outside Latin-1 that the fixture uses. */
const CP1252_EXTRA: Record<string, number> = { '–': 0x96, '—': 0x97, '”': 0x94, '“': 0x93, '’': 0x92 };
const minutes = readFileSync(new URL('./fixtures/minutes/rs-protokoll-2021-01-26.txt', import.meta.url), 'utf8');
const PROSE = 'Förvaltningen har under hösten arbetat vidare med uppföljningen av verksamheten. Arbetet sker i dialog med '
  + 'verksamheterna och med stöd av ekonomiavdelningen, och resultatet redovisas i den ordinarie månadsrapporten. '
  + 'Några större avvikelser har inte noterats, men bemanningen är fortsatt ansträngd inom flera områden.\n';
const decisionsIn = (text: string) => extractText(text).citations.filter((c) => c.type === 'decision');

/** A small deterministic generator, so that a failing fuzz case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Milliseconds of this process's CPU time, which other processes on the machine do not inflate. */
function timeOf(run: () => void): number {
  const t = process.cpuUsage();
  run();
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1000;
}

const bestOf = (runs: number, run: () => void) => Math.min(...Array.from({ length: runs }, () => timeOf(run)));

/**
 * Time for four times the input over time for the input. The input grows until one run takes at
 * least 40 ms, so that clock noise does not decide the ratio; best of five runs each.
 */
function growth(make: (n: number) => string, n0: number): number {
  let n = n0;
  while (n < n0 * 64 && bestOf(1, () => extractText(make(n))) < 40) n *= 2;
  const small = make(n);
  const large = make(4 * n);
  return bestOf(5, () => extractText(large)) / bestOf(5, () => extractText(small));
}

describe('decoding', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('§ 39 Regionstyrelsen')).text).toBe('§ 39 Regionstyrelsen');
  });
  it('reads Windows-1252 bytes when they are not valid UTF-8, and finds the same citations', () => {
    const bytes = Uint8Array.from([...minutes].map((ch) => CP1252_EXTRA[ch] ?? ch.charCodeAt(0)));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decisionsIn(decoded.text).length).toBe(decisionsIn(minutes).length);
  });
});

describe('any input ends without a crash', () => {
  it('an empty file gives no citations', () => {
    expect(extractText('').citations).toEqual([]);
  });
  it('a file of only paragraph signs gives no citations', () => {
    expect(extractText('§'.repeat(200_000)).citations).toEqual([]);
  });
  it('binary bytes decode and extract without throwing', () => {
    const rand = mulberry32(7);
    const bytes = Uint8Array.from({ length: 100_000 }, () => Math.floor(rand() * 256));
    expect(() => extractText(decodeBytes(bytes).text)).not.toThrow();
  });
  it('HTML markup is read as its text, with offsets into the markup', () => {
    const html = '<html><head><style>p{}</style><script>var x = "§ 1";</script></head><body><p>Regionstyrelsen beslutade 2020-03-24&nbsp;&sect; 39 om investeringar.</p></body></html>';
    const [d] = decisionsIn(html);
    expect(d && [d.body, d.date, d.paragraph]).toEqual(['Regionstyrelsen', '2020-03-24', 39]);
    expect(html.slice(d!.start, d!.end)).toBe('2020-03-24&nbsp;&sect; 39');
  });
  it('a 50 MB file of minutes text is read in bounded time', () => {
    // Minutes with the prose between citations that real minutes have.
    const unit = `${minutes}\n${PROSE.repeat(6)}`;
    const copies = Math.ceil(50_000_000 / unit.length);
    const x = extractText(unit.repeat(copies));
    expect(unit.length * copies).toBeGreaterThanOrEqual(50_000_000);
    expect(x.citations.filter((c) => c.type === 'decision').length).toBe(decisionsIn(minutes).length * copies);
  }, 180_000);
});

describe('time grows linearly with input', () => {
  const adversarial: Record<string, (n: number) => string> = {
    'paragraph signs and digits': (n) => '§ 1, 2, 3 och '.repeat(n),
    'dashes between numbers': (n) => '1-2-3-4-5-'.repeat(n),
    'capitalised names before parentheses': (n) => 'Anna Berg Carl Dahl (S '.repeat(n),
    'law-like words': (n) => 'kommunallagenlagenlagen (2017:'.repeat(n),
    'dates without paragraphs': (n) => 'den 4 november 2020 beslut '.repeat(n),
    'words before uppdrag': (n) => 'får får får får i '.repeat(n) + 'uppdrag',
    'one long line without spaces': (n) => 'a'.repeat(n * 10),
    'case-number prefixes': (n) => 'Dnr RS RS/1/'.repeat(n),
    'bodies before bare years': (n) => 'beslut RS 2020 RF 1997 '.repeat(n),
  };
  for (const [name, make] of Object.entries(adversarial)) {
    // Linear time gives a ratio near 4, quadratic near 16; the bound leaves room for a noisy clock.
    it(`four times the input takes about four times the time: ${name}`, () => {
      expect(growth(make, 10_000)).toBeLessThan(10);
    }, 120_000);
  }
});

describe('turning extractions into import data', () => {
  it('four times the citations take about four times the time', () => {
    const small = extractText(minutes.repeat(100));
    const large = extractText(minutes.repeat(400));
    toGraph(small, 'Warm-up', 'warm-up.txt', 'w');
    const a = bestOf(5, () => toGraph(small, 'Small', 'small.txt', 's'));
    const b = bestOf(5, () => toGraph(large, 'Large', 'large.txt', 'l'));
    expect(b / a).toBeLessThan(10);
  }, 60_000);
});

describe('fuzzing', () => {
  it('random and mutated minutes text never crashes and every citation points into the text', () => {
    const rand = mulberry32(20210126);
    const alphabet = '§§ 0123456789-–—/:.,()kapKLRSHSNåäöÅÄÖ\n •abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const pick = (s: string) => s[Math.floor(rand() * s.length)]!;
    for (let round = 0; round < 300; round++) {
      let text: string;
      if (round % 2 === 0) {
        text = Array.from({ length: Math.floor(rand() * 2000) }, () => pick(alphabet)).join('');
      } else {
        const chars = [...minutes];
        for (let k = 0; k < 40; k++) {
          const at = Math.floor(rand() * chars.length);
          const op = rand();
          if (op < 0.33) chars.splice(at, 1);
          else if (op < 0.66) chars.splice(at, 0, pick(alphabet));
          else chars[at] = pick(alphabet);
        }
        const from = Math.floor(rand() * chars.length);
        text = chars.slice(from).concat(chars.slice(0, from)).join('');
      }
      const x = extractText(text);
      for (const c of x.citations) {
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(c.start, c.end)).toBe(c.text);
      }
    }
  });
});
