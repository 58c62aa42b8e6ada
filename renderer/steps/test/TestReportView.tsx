/** The test report (testReport): every operation, whether it was tested, its last status and schema validity. */
import { useCopyText } from '../../hooks/useCopyText';
import { testReport, type TestHistory } from '../../../main/core/model/testing';

export function TestReportView({ swagger, history, onOpen }: { swagger: unknown; history: TestHistory; onOpen(operationId: string): void }) {
  const copyText = useCopyText();
  const report = testReport(swagger, history);
  const tested = report.operations.filter((o) => o.tested).length;
  const copy = () => copyText(report.markdown, 'The test report was copied as Markdown.', 'The report could not be copied.');
  return (
    <section className="card test-report" data-testid="test-report">
      <div className="panel-head">
        <h2>Test report <span className="group-count">{tested} of {report.operations.length} operations tested</span></h2>
        <button type="button" className="button" onClick={() => void copy()} data-testid="test-report-copy">Copy as Markdown</button>
      </div>
      <p className="card-hint">Reviewers expect every operation to be tested. The export includes this report with the submission.</p>
      <table className="table report-table">
        <thead>
          <tr><th>Operation</th><th>Tested</th><th>Last status</th><th>Response schema</th><th>Date</th></tr>
        </thead>
        <tbody>
          {report.operations.map((row) => {
            const schema = !row.tested ? '' : row.schemaValid === undefined ? 'not checked' : row.schemaValid ? 'valid' : 'mismatch';
            return (
              <tr key={row.operationId} data-testid={`test-report-row-${row.operationId}`}>
                <td><button type="button" className="link-button" onClick={() => onOpen(row.operationId)}>{row.operationId}</button></td>
                <td>{row.tested ? <span className="ok-text">✓ yes</span> : <span className="muted">no</span>}</td>
                <td className={row.lastStatus !== undefined && row.lastStatus >= 400 ? 'bad-text' : ''}>{row.lastStatus ?? (row.tested ? 'failed' : '')}</td>
                <td className={schema === 'mismatch' ? 'warning-text' : schema === 'valid' ? 'ok-text' : ''}>{schema}</td>
                <td>{row.date ? new Date(row.date).toLocaleString() : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
