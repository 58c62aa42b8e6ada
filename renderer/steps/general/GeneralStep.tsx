/** Step 1, General: everything on the wizard's General tab plus what certification asks of it. */
import { useRef } from 'react';
import { useStudio } from '../../store';
import { parsedJson } from '../../document/parsed';
import { readString } from '../../document/general-fields';
import { useFocusTarget } from '../../hooks/useFocusTarget';
import { ConnectorSection } from './ConnectorSection';
import { BrandSection } from './BrandSection';
import { BackendSection } from './BackendSection';
import { ContactSection } from './ContactSection';
import { ListingSection } from './ListingSection';
import { SubmissionSection } from './SubmissionSection';

export function GeneralStep() {
  const project = useStudio((s) => s.project)!;
  const ref = useRef<HTMLDivElement>(null);
  useFocusTarget(ref);
  const swagger = parsedJson('apiDefinition.swagger.json', project.files['apiDefinition.swagger.json']?.text);
  const properties = parsedJson('apiProperties.json', project.files['apiProperties.json']?.text);
  return (
    <div className="step step-general" ref={ref} data-testid="step-general">
      <header className="step-header">
        <h1>General</h1>
        <p>What your connector is called, what it connects to, and who supports it.</p>
      </header>
      <div className="step-grid">
        <div className="step-column">
          <SubmissionSection />
          <ConnectorSection swagger={swagger} />
          <BackendSection swagger={swagger} properties={properties} />
        </div>
        <div className="step-column">
          <BrandSection properties={properties} iconBase64={project.iconBase64} title={readString(swagger, '/info/title')} />
          <ContactSection swagger={swagger} />
          <ListingSection swagger={swagger} />
        </div>
      </div>
    </div>
  );
}
