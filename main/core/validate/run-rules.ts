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
      // The reported object becomes the finding (rules report fresh literals): no copy per finding, and the
      // keys come in the order a copy would have them (the rule's, then rule, severity, step).
      rule.check(ctx, (f) => {
        const finding = f as Finding;
        finding.rule = rule.id;
        finding.severity ??= rule.severity;
        finding.step ??= rule.step;
        findings.push(finding);
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
