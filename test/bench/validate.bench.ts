/**
 * Validation benchmark (npm run bench): our keystroke path against the peer tools, measured in the same run.
 * Goals (DESIGN.md, TOOLCHAIN.md): >= 5x faster than SwaggerParser.validate, >= 20x faster than Spectral's
 * oas ruleset, <= 8x JSON.parse of the same text; the whole corpus <= 5x JSON.parse of all its files.
 * Prints plain "name: value" lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Document, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { decodeText } from '../../main/core/text/encoding';
import { TEXT_FILES, type TextFileName } from '../../main/core/model/project';
import { validateProject, type ValidationInput } from '../../main/core/validate/engine';

const CORPUS = resolve(process.env.CORPUS_DIR ?? join(process.cwd(), '../shared/corpus/connectors'));
// Enough edits that the p95 is not one garbage-collection pause away from the maximum.
const EDITS = 60;

function readConnector(dir: string): ValidationInput {
  const fileNames = readdirSync(dir).sort();
  const texts: Partial<Record<TextFileName, string>> = {};
  for (const name of fileNames) {
    const canonical = TEXT_FILES.find((t) => t.toLowerCase() === name.toLowerCase());
    if (canonical) texts[canonical] = decodeText(new Uint8Array(readFileSync(join(dir, name)))).text;
  }
  return { texts, fileNames, kind: 'certified' };
}

/** The i-th edit: one operation description changed, as a user typing would. */
function edited(text: string, i: number): string {
  let seen = 0;
  return text.replace(/"description": "/g, (match) => (seen++ === i ? `${match}edit ${i} ` : match));
}

/**
 * Each measured tool starts from a collected heap (npm run bench gives node --expose-gc): the peers leave
 * hundreds of megabytes behind (Spectral above all), and whoever runs next would pay for collecting them.
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function timeEach(count: number, run: (i: number) => unknown): Promise<number[]> {
  collect();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times;
}

const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number) => `${value.toFixed(1)}x`;

// The whole corpus in one process, against JSON.parse of every JSON file: measured first, on a fresh heap, as
// the CLI validates a folder of connectors (the peers below leave hundreds of megabytes of garbage behind).
const connectors = readdirSync(CORPUS).sort().map((name) => readConnector(join(CORPUS, name)));
const jsonTexts = connectors.flatMap((c) => [c.texts['apiDefinition.swagger.json'], c.texts['apiProperties.json']]).filter((t): t is string => t !== undefined);
const validateCorpus = async () => {
  for (const connector of connectors) await validateProject(connector);
};
// The first pass compiles the schemas and leaves V8 to optimise the rule code: printed on its own. The goal is
// measured on the passes after two more, as the Encodian figures are after their warm-up.
const [corpusCold] = await timeEach(1, validateCorpus);
await validateCorpus();
await validateCorpus();
const parseCorpus = () => {
  for (const text of jsonTexts) {
    try {
      JSON.parse(text);
    } catch {
      // The two connectors that are not strict JSON cost the same either way.
    }
  }
};
// Each pass is timed right beside a JSON.parse of the same files, and the ratio is taken pass by pass: this
// machine's speed drifts by up to 2x within a minute, so two separate series would compare different machines.
// Single passes still range from 3x to 7x on a busy machine: 21 of them keep the median from resting on a few.
const corpusOurs: number[] = [];
const corpusEngine: number[] = [];
const corpusParse: number[] = [];
const corpusRatios: number[] = [];
const corpusEngineRatios: number[] = [];
for (let pass = 0; pass < 21; pass++) {
  const [ours] = await timeEach(1, validateCorpus);
  const [engine] = await timeEach(1, async () => {
    for (const connector of connectors) await validateProject(connector, { rules: [] });
  });
  const [parse] = await timeEach(1, parseCorpus);
  corpusOurs.push(ours);
  corpusEngine.push(engine);
  corpusParse.push(parse);
  corpusRatios.push(ours / parse);
  corpusEngineRatios.push(engine / parse);
}

// Where the corpus time goes: each step summed over the connectors, in one more run.
collect();
const corpusSteps: Record<string, number> = {};
for (const connector of connectors) {
  const { timings } = await validateProject(connector);
  for (const [name, value] of Object.entries(timings)) corpusSteps[name] = (corpusSteps[name] ?? 0) + value;
}

const encodian = readConnector(join(CORPUS, 'certified-connectors__Encodian'));
const swaggerText = encodian.texts['apiDefinition.swagger.json']!;
const texts = Array.from({ length: EDITS }, (_, i) => edited(swaggerText, i));
console.log(`swagger: Encodian, ${(Buffer.byteLength(swaggerText) / 1048576).toFixed(2)} MB, ${EDITS} edits`);

// Warm up (ajv compile, V8 optimising the rule code), as the app's long-lived worker is after the first few
// keystrokes; the measured p95 is then the steady state of typing, not the first seconds after start-up.
for (let i = 0; i < 10; i++) await validateProject({ ...encodian, texts: { ...encodian.texts, 'apiDefinition.swagger.json': texts[(i * 7) % EDITS] } });
const ours = await timeEach(EDITS, (i) => validateProject({ ...encodian, texts: { ...encodian.texts, 'apiDefinition.swagger.json': texts[i] } }));
// The engine alone (parse, schema, semantic, positions) without the certification rules, to tell the two apart.
const engineOnly = await timeEach(EDITS, (i) => validateProject({ ...encodian, texts: { ...encodian.texts, 'apiDefinition.swagger.json': texts[i] } }, { rules: [] }));
const oursDeep = await timeEach(5, (i) => validateProject({ ...encodian, deep: true, texts: { ...encodian.texts, 'apiDefinition.swagger.json': texts[i] } }));
const parse = await timeEach(EDITS, (i) => JSON.parse(texts[i].replace(/^\ufeff/, '')));
const swaggerParser = await timeEach(10, (i) => SwaggerParser.validate(JSON.parse(texts[i].replace(/^\ufeff/, ''))).catch(() => undefined));
const spectral = new Spectral();
spectral.setRuleset(oas as never);
const spectralTimes = await timeEach(3, (i) => spectral.run(new Document(texts[i], Json)));

// Where our time goes, per step and per rule (median of a few runs).
const profile: Record<string, number[]> = {};
for (let i = 0; i < 5; i++) {
  const { timings } = await validateProject({ ...encodian, texts: { ...encodian.texts, 'apiDefinition.swagger.json': texts[i] } }, { ruleTimings: true });
  for (const [name, value] of Object.entries(timings)) (profile[name] ??= []).push(value);
}
const steps = Object.entries(profile).map(([name, values]) => [name, median(values)] as const).sort((a, b) => b[1] - a[1]);
for (const [name, value] of steps.filter(([name, value]) => !name.startsWith('rule:') || value >= 1)) console.log(`step ${name}: ${ms(value)}`);

console.log(`ours p95 (text -> positioned findings): ${ms(p95(ours))}`);
console.log(`ours median: ${ms(median(ours))}`);
console.log(`engine without rules p95: ${ms(p95(engineOnly))}`);
console.log(`engine without rules median: ${ms(median(engineOnly))}`);
console.log(`ours with the deep check, median: ${ms(median(oursDeep))}`);
console.log(`JSON.parse p95: ${ms(p95(parse))}`);
console.log(`SwaggerParser.validate (defaults) p95: ${ms(p95(swaggerParser))}`);
console.log(`Spectral oas p95: ${ms(p95(spectralTimes))}`);
console.log(`ratio SwaggerParser / ours (goal >= 5x): ${ratio(p95(swaggerParser) / p95(ours))}`);
console.log(`ratio Spectral / ours (goal >= 20x): ${ratio(p95(spectralTimes) / p95(ours))}`);
console.log(`ratio ours / JSON.parse (goal <= 8x): ${ratio(p95(ours) / p95(parse))}`);
console.log(`ratio engine without rules / JSON.parse: ${ratio(p95(engineOnly) / p95(parse))}`);
console.log(`ratio SwaggerParser / engine without rules: ${ratio(p95(swaggerParser) / p95(engineOnly))}`);

for (const [name, value] of Object.entries(corpusSteps).sort((a, b) => b[1] - a[1])) console.log(`corpus step ${name}: ${ms(value)}`);
console.log(`corpus (${connectors.length} connectors) first pass, cold: ${ms(corpusCold)}`);
console.log(`corpus (${connectors.length} connectors) ours: ${ms(median(corpusOurs))}`);
console.log(`corpus JSON.parse: ${ms(median(corpusParse))}`);
console.log(`corpus engine without rules: ${ms(median(corpusEngine))}`);
console.log(`corpus ours / JSON.parse, pass by pass: ${corpusRatios.map((r) => r.toFixed(1)).join(' ')}`);
console.log(`ratio corpus ours / JSON.parse, median of the passes (goal <= 5x): ${ratio(median(corpusRatios))}`);
console.log(`ratio corpus engine without rules / JSON.parse, median of the passes: ${ratio(median(corpusEngineRatios))}`);
