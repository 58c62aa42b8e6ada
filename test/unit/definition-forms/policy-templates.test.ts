import { describe, expect, it } from 'vitest';
import { POLICY_TEMPLATES as RULE_TEMPLATES, UNSCHEMATISED_TEMPLATES } from '../../../main/core/rules/support-package/policy-templates';
import { POLICY_TEMPLATES, newPolicy, templateInfo } from '../../../renderer/document/definition/policy-templates';

describe('the forms\' policy templates (renderer copy of the rule-42 data)', () => {
  it('offers every template the rules know, with the same required parameters, enums and sections', () => {
    for (const [id, rule] of Object.entries(RULE_TEMPLATES)) {
      const info = templateInfo(id);
      expect(info, id).toBeDefined();
      expect(info!.parameters.filter((p) => p.required).map((p) => p.name).sort(), id).toEqual([...rule.required].sort());
      for (const [name, values] of Object.entries(rule.enums)) {
        expect(info!.parameters.find((p) => p.name === name)?.options, `${id}.${name}`).toEqual(values);
      }
      if (info!.sections) expect(info!.sections, id).toEqual(rule.sections);
    }
    for (const id of UNSCHEMATISED_TEMPLATES) expect(templateInfo(id)?.unschematised, id).toBe(true);
    expect(POLICY_TEMPLATES.map((t) => t.id)).toEqual(expect.arrayContaining(['setheader', 'setqueryparameter', 'dynamichosturl', 'routerequesttoendpoint', 'setproperty', 'pollingtrigger', 'stringreplace', 'convertobjecttoarray', 'convertarraytoobject', 'updatenextlink', 'setvaluefromurl']));
  });

  it('new instances carry every required parameter so rule 42 is satisfied once values are typed', () => {
    for (const [id, rule] of Object.entries(RULE_TEMPLATES)) {
      const params = newPolicy(id, 't').parameters as Record<string, unknown>;
      for (const name of rule.required) expect(params, `${id}.${name}`).toHaveProperty([`x-ms-apimTemplateParameter.${name}`]);
    }
    expect(newPolicy('pollingtrigger', 'p')).toMatchObject({ type: 'PollingTrigger', parameters: { 'x-ms-apimTemplateParameter.triggerConfig': {} } });
  });
});
