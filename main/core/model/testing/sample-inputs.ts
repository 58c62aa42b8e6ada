/** "Fill with sample values": form inputs that satisfy every required parameter of an operation. */
import { findOperation, operationParameters } from './parameters';
import { synthesize } from './synthesize';
import type { TestInputs } from './types';

export function sampleInputs(swagger: unknown, operationId: string): TestInputs {
  const op = findOperation(swagger, operationId);
  if (!op) return {};
  const inputs: TestInputs = {};
  for (const param of operationParameters(swagger, op)) {
    const p = param.schema;
    if (param.in === 'body') {
      inputs.body = synthesize(swagger, p.schema);
      continue;
    }
    if (p.required !== true && param.in !== 'path') continue;
    const value = p.default !== undefined ? p.default : synthesize(swagger, p);
    if (param.in === 'formData') {
      inputs.formData = { ...inputs.formData, [param.name]: p.type === 'file' ? { fileName: 'sample.txt', contentType: 'text/plain', base64: 'U2FtcGxl' } : String(value) };
    } else {
      inputs[param.in] = { ...inputs[param.in], [param.name]: value };
    }
  }
  return inputs;
}
