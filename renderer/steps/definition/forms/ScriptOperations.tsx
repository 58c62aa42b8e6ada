/** When script.csx exists: which operations run the custom code (apiProperties scriptOperations). */
import { useState } from 'react';
import { TextInput } from '../../../components/inputs';
import { InlineFindings } from '../../../components/FindingBadge';
import { operationIdsOf } from '../../../document/operations-view';
import { getAt } from '../../../../main/core/model/json-pointer';
import { PROPERTIES, Section, str, useDocuments, useEdit, useFindings } from './shared';

const POINTER = '/properties/scriptOperations';

export function ScriptOperations() {
  const { swagger, properties, hasScript } = useDocuments();
  const { set } = useEdit(PROPERTIES);
  const findings = useFindings(PROPERTIES, POINTER);
  const [filter, setFilter] = useState('');
  if (!hasScript) return null;
  const value = getAt(properties, POINTER);
  const chosen = Array.isArray(value) ? value.map(str) : null;
  const ids = operationIdsOf(swagger);
  const q = filter.trim().toLowerCase();
  return (
    <Section title={<>Custom code <span className="group-count">script.csx</span></>} testId="script-operations">
      <div data-pointer={`${PROPERTIES}#${POINTER}`}>
        <label className="checkbox">
          <input type="radio" name="script-scope" checked={chosen === null} onChange={() => set(POINTER, undefined, 'Run code for all operations')} data-testid="script-all" />
          <span>All operations</span>
        </label>
        <label className="checkbox">
          <input type="radio" name="script-scope" checked={chosen !== null} onChange={() => set(POINTER, [], 'Run code for selected operations')} data-testid="script-selected" />
          <span>Selected operations {chosen && `(${chosen.length})`}</span>
        </label>
        <InlineFindings findings={findings} />
        {chosen !== null && (
          <>
            <TextInput aria-label="Filter operations" placeholder="Filter operations" value={filter} onValue={setFilter} />
            <ul className="def-checklist">
              {ids.filter((id) => !q || id.toLowerCase().includes(q)).map((id) => (
                <li key={id}>
                  <label className="checkbox">
                    <input type="checkbox" checked={chosen.includes(id)} onChange={(e) => set(POINTER, e.target.checked ? [...chosen, id] : chosen.filter((c) => c !== id), 'Edit scriptOperations')} />
                    <span>{id}</span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Section>
  );
}
