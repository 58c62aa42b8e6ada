/**
 * Step 3: the certification rules. Each rule runs in its own try/catch: a rule that throws on an odd
 * document becomes one 'internal' info finding, and every other rule still runs.
 */
import type { Finding } from '../model/findings';
import type { Rule, RuleContext } from '../rules/rule';

/** `timings`, when given, receives each rule's milliseconds as "rule:<id>" (for the benchmark's profile). */
export function runRules(rules: readonly Rule[], context: RuleContext, timings?: Record<string, number>): Finding[] {
  const findings: Finding[] = [];
  // The rules share one index of the documents per run (rules/support/document-index.ts).
  const ctx: RuleContext = { ...context, memo: new Map() };
  for (const rule of rules) {
    const started = timings ? performance.now() : 0;
    try {
      // Every finding gets the same shape, its keys in one order, position slots included: the steps after the
      // rules (positions, sorting, the worker's copy) then read thousands of findings through one hidden class
      // instead of one per rule's literal, each grown by the keys added later.
      rule.check(ctx, (f) => {
        findings.push({
          rule: rule.id,
          severity: f.severity ?? rule.severity,
          message: f.message,
          file: f.file,
          path: f.path,
          line: undefined,
          column: undefined,
          step: f.step ?? rule.step,
          legacy: f.legacy,
          fix: f.fix,
        });
      });
    } catch (error) {
      findings.push({
        rule: 'internal',
        severity: 'info',
        file: 'project',
        path: '',
        step: rule.step,
        message: `The check "${rule.id}" could not run on this project (${(error as Error)?.message ?? String(error)}). Other checks are unaffected.`,
      });
    }
    if (timings) timings[`rule:${rule.id}`] = performance.now() - started;
  }
  return findings;
}
