/** Operation ids: connectors need one per operation, unique, and readable in flows. */
import { pascalCase, singular } from '../model/sample/titles';

/** GET /users/{id}/orders -> "GetUsersOrdersByUserId"-style names: verb, resources, then parameters. */
export function synthesiseOperationId(method: string, path: string): string {
  const segments = path.split('/').filter((s) => s.length > 0);
  const words: string[] = [method.toLowerCase()];
  const params: string[] = [];
  segments.forEach((segment, index) => {
    const param = /^\{(.+)\}$/.exec(segment);
    if (param) params.push(param[1] === 'id' && index > 0 ? `${singular(segments[index - 1])} id` : param[1]);
    else words.push(segment);
  });
  const base = pascalCase(words.join(' '));
  const by = params.length > 0 ? 'By' + params.map(pascalCase).join('And') : '';
  return (base + by).replace(/[^A-Za-z0-9_]/g, '') || pascalCase(method);
}

export class OperationIds {
  private readonly used = new Set<string>();
  /** Ids the source itself uses: a generated id must not take one of them from a later operation. */
  private readonly reserved = new Set<string>();

  reserve(id: string): void {
    this.reserved.add(id);
  }

  /** The id to use: `id` when free, else `id` with a number appended. */
  claim(id: string, generated = false): string {
    let name = id;
    for (let n = 2; this.used.has(name) || (generated && this.reserved.has(name)); n++) name = `${id}${n}`;
    this.used.add(name);
    return name;
  }
}
