import { useStudio } from '../../store';
import { Field } from '../../components/Field';
import { TextInput } from '../../components/inputs';
import { CATEGORIES, METADATA_NAMES, metadataIndex, readMetadata } from '../../document/general-fields';
import { getAt } from '../../../main/core/model/json-pointer';
import type { DocEdit } from '../../../main/core/model/findings';
import { findingsAt } from '../findings-for';

const SWAGGER = 'apiDefinition.swagger.json' as const;

export function ListingSection({ swagger }: { swagger: unknown }) {
  const findings = useStudio((s) => s.findings);
  const applyFix = useStudio((s) => s.applyFix);

  /** Writes one x-ms-connector-metadata entry, creating the entry (or the list) when it is missing. */
  const setMetadata = (name: string, value: string, label: string) => {
    const index = metadataIndex(swagger, name);
    const list = getAt(swagger, '/x-ms-connector-metadata');
    const edit: DocEdit =
      index >= 0
        ? { file: SWAGGER, path: `/x-ms-connector-metadata/${index}/propertyValue`, value }
        : Array.isArray(list)
          ? { file: SWAGGER, path: `/x-ms-connector-metadata/${list.length}`, value: { propertyName: name, propertyValue: value }, insert: true }
          : { file: SWAGGER, path: '/x-ms-connector-metadata', value: [{ propertyName: name, propertyValue: value }] };
    applyFix({ label, edits: [edit] });
  };
  const pointerOf = (name: string) => {
    const index = metadataIndex(swagger, name);
    return index >= 0 ? `/x-ms-connector-metadata/${index}` : '/x-ms-connector-metadata';
  };
  const categories = readMetadata(swagger, METADATA_NAMES.categories).split(';').map((c) => c.trim()).filter(Boolean);
  const toggleCategory = (category: string) => {
    const next = categories.includes(category) ? categories.filter((c) => c !== category) : [...categories, category];
    setMetadata(METADATA_NAMES.categories, next.join(';'), 'Change categories');
  };
  const metadataOnly = findingsAt(findings, SWAGGER, '/x-ms-connector-metadata', { exact: true });

  return (
    <section className="card" data-pointer={`${SWAGGER}#/x-ms-connector-metadata`}>
      <h2>Listing</h2>
      <p className="card-hint">Shown on your connector's documentation page (x-ms-connector-metadata).</p>
      {metadataOnly.length > 0 && <Field label="" findings={metadataOnly}>{() => null}</Field>}
      {(['website', 'privacyPolicy'] as const).map((key) => {
        const name = METADATA_NAMES[key];
        const pointer = pointerOf(name);
        return (
          <Field key={key} label={name} pointer={`${SWAGGER}#${pointer}`} findings={pointer.endsWith('metadata') ? [] : findingsAt(findings, SWAGGER, pointer)}>
            {(id) => (
              <TextInput id={id} testId={`general-${key}`} type="url" placeholder="https://" value={readMetadata(swagger, name)}
                onValue={(v) => setMetadata(name, v, `Edit ${name.toLowerCase()}`)} />
            )}
          </Field>
        );
      })}
      <Field label="Categories" pointer={`${SWAGGER}#${pointerOf(METADATA_NAMES.categories)}`}
        findings={pointerOf(METADATA_NAMES.categories).endsWith('metadata') ? [] : findingsAt(findings, SWAGGER, pointerOf(METADATA_NAMES.categories))}
        hint="Pick the categories your connector belongs to.">
        {() => (
          <div className="chips" role="group" aria-label="Categories" data-testid="general-categories">
            {CATEGORIES.map((category) => (
              <button key={category} type="button" className={`chip ${categories.includes(category) ? 'selected' : ''}`}
                aria-pressed={categories.includes(category)} onClick={() => toggleCategory(category)}>
                {category}
              </button>
            ))}
          </div>
        )}
      </Field>
    </section>
  );
}
