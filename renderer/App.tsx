/** The window: top bar, wizard navigation, the current step, the findings panel, and the overlays. */
import { useStudio } from './store';
import { bridgeAvailable } from './bridge';
import { useCommands } from './hooks/useCommands';
import { useProjectEffects } from './hooks/useProjectEffects';
import { TopBar } from './shell/TopBar';
import { WizardNav } from './shell/WizardNav';
import { FindingsPanel } from './shell/FindingsPanel';
import { EmptyState } from './shell/EmptyState';
import { Dialogs } from './shell/Dialogs';
import { Banners } from './shell/Banners';
import { DropZone } from './shell/DropZone';
import { Toasts } from './shell/Toasts';
import { GeneralStep } from './steps/general/GeneralStep';
import { SecurityStep } from './steps/security/SecurityStep';
import { DefinitionStep } from './steps/definition/DefinitionStep';
import { TestStep } from './steps/test/TestStep';
import { ExportChecklist } from './steps/export/ExportChecklist';

export function App() {
  if (!bridgeAvailable()) {
    return <div className="fatal">Connector Studio must run inside its desktop app.</div>;
  }
  return <Studio />;
}

function Studio() {
  useCommands();
  useProjectEffects();
  const hasProject = useStudio((s) => s.project !== null);
  const findingsOpen = useStudio((s) => s.findingsOpen);
  return (
    <div className={`app ${hasProject ? 'with-project' : ''}`}>
      {hasProject ? (
        <>
          <TopBar />
          <div className={`workspace ${findingsOpen ? 'with-findings' : ''}`}>
            <WizardNav />
            <main className="step-area">
              <Banners />
              <CurrentStep />
            </main>
            {findingsOpen && <FindingsPanel />}
          </div>
        </>
      ) : (
        <EmptyState />
      )}
      <Dialogs />
      <DropZone />
      <Toasts />
    </div>
  );
}

function CurrentStep() {
  const step = useStudio((s) => s.step);
  switch (step) {
    case 'general':
      return <GeneralStep />;
    case 'security':
      return <SecurityStep />;
    case 'definition':
      return <DefinitionStep />;
    case 'test':
      return <TestStep />;
    case 'export':
      return <ExportChecklist />;
  }
}
