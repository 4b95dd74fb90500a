/**
 * The published figures checked against each other: parts that the sources
 * say add up do add up, ranks, shares and years are in range in every
 * dataset, and the known disagreements between the sources are pinned, so a
 * "correction" that silently removes one of the two figures fails here.
 *
 * Only the data layer is used; no file is opened directly.
 */
import { describe, expect, it } from 'vitest';
import { getDataset, loadAll, rowKey, type Dataset, type Row } from '../src/data/index.ts';

/** Exact sums: the figures are decimals stored as binary floats, so compare with a hair of slack. */
const EXACT = 1e-9;

/** The row with this key (several key columns joined with " | "), or a failing test. */
function row(id: string, key: string): Row {
  const ds = getDataset(id);
  const found = ds.rows.find((r) => rowKey(ds.meta, r) === key);
  if (!found) throw new Error(`${id}: ingen rad med nyckeln "${key}"`);
  return found;
}

/** A number in a row; fails if the cell is missing or text. */
function n(id: string, key: string, column: string): number {
  const v = row(id, key)[column];
  if (typeof v !== 'number') throw new Error(`${id}, rad "${key}", kolumn "${column}": väntade ett tal, fick ${String(v)}`);
  return v;
}

/** Sum of a column over the rows matching a predicate. */
function sum(id: string, column: string, keep: (r: Row) => boolean): number {
  return getDataset(id).rows.filter(keep).reduce((acc, r) => acc + (r[column] as number), 0);
}

const isPart = (r: Row) => r.radtyp === 'delpost';

describe('FVIS (nytt vårdinformationsstöd): kostnader och finansiering', () => {
  it('the three cost parts add up to the total 450,6 mnkr', () => {
    expect(n('fvis-kostnader-inforande', 'summa', 'kostnad')).toBe(450.6);
    expect(getDataset('fvis-kostnader-inforande').rows.filter(isPart)).toHaveLength(3);
    expect(sum('fvis-kostnader-inforande', 'kostnad', isPart)).toBeCloseTo(450.6, 9);
    expect(Math.abs(sum('fvis-kostnader-inforande', 'kostnad', isPart) - 450.6)).toBeLessThan(EXACT);
  });

  it('the financing rows add up to 432,8 mnkr and fall 17,8 mnkr short of the cost', () => {
    const financing = sum('fvis-kostnader-finansiering', 'belopp', isPart);
    expect(n('fvis-kostnader-finansiering', 'summa', 'belopp')).toBe(432.8);
    expect(Math.abs(financing - 432.8)).toBeLessThan(EXACT);
    expect(n('fvis-kostnader-finansiering', 'avvikelse', 'belopp')).toBe(-17.8);
    const gap = n('fvis-kostnader-finansiering', 'summa', 'belopp') - n('fvis-kostnader-inforande', 'summa', 'kostnad');
    expect(Math.abs(gap - -17.8)).toBeLessThan(EXACT);
  });

  it('the central programme costs add up to 319,2 mnkr, the programme line of the cost table', () => {
    expect(getDataset('fvis-kostnader-programkostnader').rows.filter(isPart)).toHaveLength(5);
    const programme = sum('fvis-kostnader-programkostnader', 'kostnad', isPart);
    expect(Math.abs(programme - 319.2)).toBeLessThan(EXACT);
    expect(n('fvis-kostnader-programkostnader', 'summa', 'kostnad')).toBe(319.2);
    expect(n('fvis-kostnader-inforande', 'central-programbudget', 'kostnad')).toBe(319.2);
  });

  it('the budget per cost item matches the financing table and leaves the whole gap in the central programme', () => {
    const budget = getDataset('fvis-kostnader-budget-per-post');
    const byItem = (post: string) => budget.rows.filter((r) => r.post === post).reduce((a, r) => a + (r.belopp as number), 0);
    // ITD and the administrations were financed in full.
    expect(Math.abs(byItem('itd') - n('fvis-kostnader-inforande', 'itd', 'kostnad'))).toBeLessThan(EXACT);
    expect(Math.abs(byItem('forvaltningar-pvg') - n('fvis-kostnader-inforande', 'forvaltningar-pvg', 'kostnad'))).toBeLessThan(EXACT);
    // The central programme's budget is 17,8 mnkr short of its cost: the whole deviation.
    const shortfall = byItem('central-programbudget') - n('fvis-kostnader-inforande', 'central-programbudget', 'kostnad');
    expect(Math.abs(shortfall - n('fvis-kostnader-finansiering', 'avvikelse', 'belopp'))).toBeLessThan(EXACT);
    // Summed per source instead, the same amounts give the financing table's rows.
    const bySource = (re: RegExp) => budget.rows.filter((r) => re.test(String(r.finansieringskalla))).reduce((a, r) => a + (r.belopp as number), 0);
    expect(Math.abs(bySource(/utökad ram/) - n('fvis-kostnader-finansiering', 'utokad-ram', 'belopp'))).toBeLessThan(EXACT);
    expect(Math.abs(bySource(/befintliga ram/) - n('fvis-kostnader-finansiering', 'forvaltningarnas-ramar', 'belopp'))).toBeLessThan(EXACT);
    expect(Math.abs(bySource(/RS utvecklingsmedel/) - n('fvis-kostnader-finansiering', 'rs-utvecklingsmedel', 'belopp'))).toBeLessThan(EXACT);
  });
});

describe('ekonomi', () => {
  it('the health-care budget deviation changed by +48 mnkr from 2023 to 2024', () => {
    const change = n('hos-budgetavvikelse', 'Budgetavvikelse 2024', 'varde') - n('hos-budgetavvikelse', 'Budgetavvikelse 2023', 'varde');
    expect(change).toBe(48);
    expect(n('hos-budgetavvikelse', 'Förändring 2023–2024', 'varde')).toBe(change);
  });

  it('the summary slide gives the same health-care deviation as the table', () => {
    expect(n('maluppfyllelse-sammanfattning-2024', 'Ekonomi | budgetavvikelse-hos', 'varde')).toBe(n('hos-budgetavvikelse', 'Budgetavvikelse 2024', 'varde'));
  });

  it('result minus budget is the total budget deviation: 5 − (−686) = 691 mnkr', () => {
    const result = n('resultat-2024', 'arets-resultat', 'varde');
    const budget = n('resultat-2024', 'budget-2024', 'varde');
    expect(result - budget).toBe(691);
    expect(n('resultat-2024', 'total-budgetavvikelse', 'varde')).toBe(691);
    expect(n('budgetavvikelse-2024', 'total', 'avvikelse')).toBe(691);
  });

  it('the balance-requirement result is the result without the unrealised gain, give or take 1 mnkr', () => {
    // 5 − 167 = −162, the source says −163 and does not explain the 1 mnkr (see the dataset notes).
    const derived = n('resultat-2024', 'arets-resultat', 'varde') - n('resultat-2024', 'vardeokning-placeringar', 'varde');
    expect(Math.abs(derived - n('resultat-2024', 'balanskravsresultat', 'varde'))).toBeLessThanOrEqual(1);
  });

  it('three-year cost-growth averages match the yearly figures', () => {
    // Each yearly figure is rounded to 0,1 (error ≤ 0,05, so ≤ 0,05 in their mean) and the
    // published average is rounded to 0,1 too (≤ 0,05): at most 0,1 apart.
    const ds = getDataset('kostnadsutveckling');
    for (const matt of ['Bruttokostnadsutveckling', 'Nettokostnadsutveckling']) {
      for (const omrade of ['Region Halland', 'Snitt regioner']) {
        const years = ['2022', '2023', '2024'].map((p) => n(ds.id, `${matt} | ${omrade} | ${p}`, 'varde'));
        const mean = years.reduce((a, b) => a + b, 0) / years.length;
        expect(Math.abs(mean - n(ds.id, `${matt} | ${omrade} | Snitt 2022-2024`, 'varde'))).toBeLessThanOrEqual(0.1 + EXACT);
      }
    }
  });

  it('each amount of the 2024 accessibility agreement is no larger than the amount it is part of', () => {
    const ds = getDataset('overenskommelse-2024-medel');
    for (const r of ds.rows.filter((x) => x.del_av !== 'ingen')) {
      expect(r.varde as number).toBeLessThanOrEqual(n(ds.id, String(r.del_av), 'varde'));
    }
  });
});

describe('medarbetare: delar mot summor', () => {
  // The parts are published with one decimal, each up to 0,05 off; three parts can be up to
  // 0,15 off together, and a total given with one decimal another 0,05: at most 0,2 apart.
  const ROUNDED = 0.2 + EXACT;

  it.each(['Region Halland', 'Regionkontoret'])('staff turnover parts add up to the total for %s', (org) => {
    const parts = sum('personal-omsattning-2024', 'andel', (r) => r.organisation === org && r.radtyp === 'delpost');
    const total = n('personal-omsattning-2024', `${org} | totalt`, 'andel');
    expect(Math.abs(parts - total)).toBeLessThanOrEqual(ROUNDED);
  });

  it('sick-leave intervals add up to the total for Region Halland', () => {
    const parts = sum('personal-sjukfranvaro-2024', 'andel', (r) => r.organisation === 'Region Halland' && r.radtyp === 'delpost');
    expect(Math.abs(parts - n('personal-sjukfranvaro-2024', 'Region Halland | totalt', 'andel'))).toBeLessThanOrEqual(ROUNDED);
  });

  it("Regionkontoret's sick leave lies between the women's and the men's", () => {
    const total = n('personal-sjukfranvaro-2024', 'Regionkontoret | totalt', 'andel');
    const women = n('personal-sjukfranvaro-2024', 'Regionkontoret | kvinnor', 'andel');
    const men = n('personal-sjukfranvaro-2024', 'Regionkontoret | man', 'andel');
    expect(total).toBeGreaterThanOrEqual(Math.min(women, men));
    expect(total).toBeLessThanOrEqual(Math.max(women, men));
  });

  it('the summary key figures repeat the totals', () => {
    expect(n('personal-nyckeltal-2024', 'Region Halland | personalomsattning', 'varde')).toBe(n('personal-omsattning-2024', 'Region Halland | totalt', 'andel'));
    expect(n('personal-nyckeltal-2024', 'Region Halland | sjukfranvaro', 'varde')).toBe(n('personal-sjukfranvaro-2024', 'Region Halland | totalt', 'andel'));
  });
});

describe('years in every dataset', () => {
  const all: Dataset[] = [...loadAll().values()];

  /** Every non-missing value of a column type, with where it stands. */
  const cells = (type: string) =>
    all.flatMap((ds) =>
      ds.meta.columns
        .filter((c) => c.type === type)
        .flatMap((c) => ds.rows.filter((r) => r[c.name] !== null).map((r) => ({ at: `${ds.id}/${c.name}/${rowKey(ds.meta, r)}`, v: r[c.name] as number }))),
    );

  // Ranks (1–21) and shares (0–100), in their own columns or with the unit on the row, are refused when
  // the data is read (src/schemas/rows.ts, src/data/dataset.ts; fixtures placering-22, procent-over-100,
  // enhet-per-rad). Years are narrower here than there: the strategy's period, not any plausible year.
  it('has years to check', () => {
    expect(cells('year').length).toBeGreaterThan(10);
  });

  it('every year lies within the strategy period and its follow-up, 2016–2025', () => {
    // 2016 is the first Vården i siffror comparison in the follow-up; 2025 is the strategy's last
    // year, and the only 2025 value is a target (HVO100 in ambulances, miljo-atgarder-2024).
    expect(cells('year').filter(({ v }) => v < 2016 || v > 2025)).toEqual([]);
  });
});

describe('known disagreements between the sources stay visible', () => {
  const FIRST_VISIT = 'Andel patienter som har väntat 60 dagar eller kortare på ett första besök till specialiserad vård';
  const TREATMENT = 'Andel patienter som efter beslut om behandling väntat 60 dagar eller kortare till specialiserad vård';
  const ASSESSMENT = 'Andel patienter som har fått medicinsk bedömning i primärvård inom 3 dagar';

  it('accessibility: the summary slide says rank 4 with 74/61 %, the table TOTALT 6 with 75/60 % for 2024', () => {
    expect(n('maluppfyllelse-sammanfattning-2024', 'Tillgänglighet | placering', 'varde')).toBe(4);
    expect(n('tillganglighet-totalplacering-2024', 'TOTALT', 'placering')).toBe(6);
    expect(n('maluppfyllelse-sammanfattning-2024', 'Tillgänglighet | vantat-60-dagar-forsta-besok', 'varde')).toBe(74);
    expect(n('maluppfyllelse-sammanfattning-2024', 'Tillgänglighet | vantat-60-dagar-behandling', 'varde')).toBe(61);
    expect(n('tillganglighet-indikatorer-2024', FIRST_VISIT, 'halland_2024')).toBe(75);
    expect(n('tillganglighet-indikatorer-2024', TREATMENT, 'halland_2024')).toBe(60);
  });

  it("accessibility: the summary slide's percentages are the table's 2023 column", () => {
    expect(n('tillganglighet-indikatorer-2024', FIRST_VISIT, 'halland_2023')).toBe(n('maluppfyllelse-sammanfattning-2024', 'Tillgänglighet | vantat-60-dagar-forsta-besok', 'varde'));
    expect(n('tillganglighet-indikatorer-2024', TREATMENT, 'halland_2023')).toBe(n('maluppfyllelse-sammanfattning-2024', 'Tillgänglighet | vantat-60-dagar-behandling', 'varde'));
  });

  it('accessibility: the 2023 telephone value stays missing, never 0', () => {
    expect(row('tillganglighet-indikatorer-2024', 'Telefontillgänglighet primärvård – Andel patienter som har fått kontakt med vården inom 0 dagar').halland_2023).toBeNull();
  });

  it("patient experience: the summary's rank 4 and 78 % match none of the three NPE tables' means", () => {
    expect(n('maluppfyllelse-sammanfattning-2024', 'Patientupplevelser | placering', 'varde')).toBe(4);
    expect(n('maluppfyllelse-sammanfattning-2024', 'Patientupplevelser | npe-positiva-svar', 'varde')).toBe(78);
    const means = ['npe-primarvard-2023', 'npe-oppenvard-2023', 'npe-slutenvard-2023'].map((id) => ({
      halland: n(id, 'Medel samtliga dimensioner', 'halland'),
      placering: n(id, 'Medel samtliga dimensioner', 'placering'),
    }));
    expect(means).toEqual([
      { halland: 83, placering: 2 },
      { halland: 90, placering: 1 },
      { halland: 85, placering: 8 },
    ]);
    // 78 % appears in the tables only as one dimension of primary care.
    expect(n('npe-primarvard-2023', 'Kontinuitet och koordinering', 'halland')).toBe(78);
  });

  it('medical assessment within 3 days: the primary-care report says +2 percentage points, the strategy table 87 → 88', () => {
    const change = row('vardval-2024-vardgaranti', 'medicinsk-bedomning-3-dagar-halland-forandring');
    expect(change.varde).toBe(2);
    expect(change.enhet).toBe('procentenheter');
    const y2023 = n('tillganglighet-indikatorer-2024', ASSESSMENT, 'halland_2023');
    const y2024 = n('tillganglighet-indikatorer-2024', ASSESSMENT, 'halland_2024');
    expect([y2023, y2024]).toEqual([87, 88]);
    expect(y2024 - y2023).not.toBe(change.varde);
    // Both agree on the 2024 level.
    expect(n('vardval-2024-vardgaranti', 'medicinsk-bedomning-3-dagar-halland', 'varde')).toBe(y2024);
  });

  it('the 60-day and 90-day documents agree on the two primary-care measures', () => {
    const tel = 'Telefontillgänglighet primärvård – Andel patienter som har fått kontakt med vården inom 0 dagar';
    expect(n('tillganglighet-90-dagar-2024', 'telefontillganglighet-primarvard', 'halland')).toBe(n('tillganglighet-indikatorer-2024', tel, 'halland_2024'));
    expect(n('tillganglighet-90-dagar-2024', 'telefontillganglighet-primarvard', 'riket')).toBe(n('tillganglighet-indikatorer-2024', tel, 'riket_2024'));
    expect(n('tillganglighet-90-dagar-2024', 'medicinsk-bedomning-primarvard', 'halland')).toBe(n('tillganglighet-indikatorer-2024', ASSESSMENT, 'halland_2024'));
    expect(n('tillganglighet-90-dagar-2024', 'medicinsk-bedomning-primarvard', 'riket')).toBe(n('tillganglighet-indikatorer-2024', ASSESSMENT, 'riket_2024'));
  });

  it('quality: the summary repeats the 2024 share, but its rank 2 has no table behind it', () => {
    expect(n('maluppfyllelse-sammanfattning-2024', 'Kvalitet | vis-indikatorer-battre-an-rikssnitt', 'varde')).toBe(n('vis-andel-battre-an-riket', '2024', 'andel'));
    expect(n('maluppfyllelse-sammanfattning-2024', 'Kvalitet | placering', 'varde')).toBe(2);
    const quality = [...loadAll().values()].filter((ds) => ds.meta.topic === 'kvalitet');
    expect(quality.some((ds) => ds.meta.columns.some((c) => c.type === 'rank'))).toBe(false);
  });

  it('the committees total (−140 mnkr) and the health-care budget (−118 mnkr) are kept as two figures', () => {
    expect(n('budgetavvikelse-2024', 'namnder', 'avvikelse')).toBe(-140);
    expect(n('hos-budgetavvikelse', 'Budgetavvikelse 2024', 'varde')).toBe(-118);
  });

  it('the agreement slide keeps its unit errors as published', () => {
    // 1 237 500 000 "miljoner kronor" and BUP "80 miljarder kronor" are printed like that on the slide;
    // read as kronor, the two parts plus 450 mnkr make the 2 925 mnkr of the decision text.
    expect(row('overenskommelse-2024-fordelning', 'del1-engangsutbetalning').enhet).toBe('miljoner kronor');
    expect(row('overenskommelse-2024-fordelning', 'del1-bup').enhet).toBe('miljarder kronor');
    const parts = (n('overenskommelse-2024-fordelning', 'del1-engangsutbetalning', 'varde') + n('overenskommelse-2024-fordelning', 'del2', 'varde')) / 1e6
      + n('overenskommelse-2024-fordelning', 'bup-prestationskrav', 'varde');
    expect(Math.abs(parts - n('overenskommelse-2024-medel', 'till-regionerna', 'varde'))).toBeLessThan(EXACT);
    expect(n('overenskommelse-2024-medel', 'bup', 'varde') - n('overenskommelse-2024-medel', 'bup-prestationskrav', 'varde')).toBe(n('overenskommelse-2024-fordelning', 'del1-bup', 'varde'));
  });
});
