/**
 * A broad sample of real brand logos (simple-icons, every 25th plus every icon whose brand colour breaks a
 * background rule): composed with their brand colours, white and not, then measured and checked.
 */
import { describe, expect, it } from 'vitest';
import { composeIcon, measureIcon } from '../../../main/core/icon';
import { contrastReadout, iconSpecChecks, reviewBackground, type BackgroundReview } from '../../../main/core/model/icon';

interface SimpleIcon {
  slug: string;
  hex: string;
  svg: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = Object.values(require('simple-icons') as Record<string, SimpleIcon>);
const reviewed = icons.map((icon, index) => ({ icon, index, review: reviewBackground(`#${icon.hex}`) }));
const ruleBreakers = (review: BackgroundReview) => review.problems.some((p) => p.code !== 'low-contrast');
const sample = reviewed.filter(({ index, review }) => index % 25 === 0 || ruleBreakers(review));

/** The colour the composer uses: the brand colour, or the suggestion when the review says it does not comply. */
const backgroundFor = (review: BackgroundReview) => (review.compliant ? review.color : review.suggestion!);

describe('simple-icons sample', () => {
  it('covers white, near-white, near-default and too-light brand colours', () => {
    const codes = new Set(sample.flatMap(({ review }) => review.problems.map((p) => p.code)));
    expect([...codes].sort()).toEqual(['low-contrast', 'near-default', 'near-white', 'white']);
    expect(sample.length).toBeGreaterThan(150);
  });

  it('says so for each non-compliant brand colour, with a suggestion that passes', () => {
    for (const { icon, review } of sample) {
      if (review.compliant) continue;
      expect(review.problems.length, icon.slug).toBeGreaterThan(0);
      const suggested = reviewBackground(review.suggestion!);
      expect(suggested.compliant, `${icon.slug}: ${review.suggestion}`).toBe(true);
    }
    const betterAuth = sample.find(({ icon }) => icon.slug === 'betterauth');
    expect(betterAuth?.review).toMatchObject({ compliant: false, problems: [{ code: 'white' }], suggestion: '#949494' });
  });

  it('composes white logos that pass every spec check', async () => {
    const failures: string[] = [];
    for (const { icon, review } of sample) {
      const color = backgroundFor(review);
      const facts = await measureIcon(await composeIcon(new TextEncoder().encode(icon.svg), { color, size: 160, offsetX: 0, offsetY: 0, white: true }));
      for (const c of iconSpecChecks(facts, color, 'certified')) if (!c.pass) failures.push(`${icon.slug} ${color}: ${c.id} ${c.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it('composes logos in their own colour (black) that pass, or are flagged unreadable when black on dark', async () => {
    const failures: string[] = [];
    let flagged = 0;
    for (const { icon, review } of sample) {
      const color = backgroundFor(review);
      const facts = await measureIcon(await composeIcon(new TextEncoder().encode(icon.svg), { color, size: 160, offsetX: 0, offsetY: 0, white: false }));
      const failed = iconSpecChecks(facts, color, 'certified').filter((c) => !c.pass);
      // A black logo on a near-black brand colour cannot be found in the icon; the contrast readout warns first.
      if (failed.length === 1 && failed[0].id === 'logo-box' && !contrastReadout('#000000', color).readable) {
        flagged++;
        continue;
      }
      for (const c of failed) failures.push(`${icon.slug} ${color}: ${c.id} ${c.reason}`);
    }
    expect(failures).toEqual([]);
    expect(flagged).toBeLessThan(sample.length / 4);
  });
});
