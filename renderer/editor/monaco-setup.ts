/**
 * Monaco, set up once: the slim API (TOOLCHAIN.md: ~6 MB instead of 16 MB) plus only the editor features the code
 * view uses, the JSON language (schema completion and hover), C# and YAML highlighting, the workers and two
 * themes that follow the app's light/dark colours. Loaded with a dynamic import (load-monaco.ts) so the app starts
 * without it.
 */
import * as monaco from 'monaco-editor/editor';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/definitions/csharp/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/editor/browser/coreCommands';
// Services some bundled contributions ask for: registering them keeps the console free of "UNKNOWN service" errors.
import 'monaco-editor/editor/contrib/codelens/browser/codeLensCache';
import 'monaco-editor/editor/common/services/treeViewsDndService';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/quickOutline/register';
import 'monaco-editor/features/documentSymbols/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/readOnlyMessage/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { SWAGGER_SCHEMA, SWAGGER_SCHEMA_URI } from './swagger-schema';
import { SWAGGER_MODEL_URI } from './model-uris';

export type MonacoApi = typeof monaco;

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};


jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  // Structure is checked by the app's validator (its findings become markers); the worker only reports syntax.
  schemaValidation: 'ignore',
  schemaRequest: 'ignore',
  trailingCommas: 'warning',
  comments: 'error',
  // The swagger model gets the Swagger 2.0 + x-ms-* schema: completion and hover docs.
  schemas: [{ uri: SWAGGER_SCHEMA_URI, fileMatch: [SWAGGER_MODEL_URI], schema: SWAGGER_SCHEMA }],
});

monaco.editor.defineTheme('studio-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#fafafa' },
});
monaco.editor.defineTheme('studio-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#222327', 'editorGutter.background': '#222327' },
});

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const applyTheme = () => monaco.editor.setTheme(darkQuery.matches ? 'studio-dark' : 'studio-light');
applyTheme();
darkQuery.addEventListener('change', applyTheme);

export { monaco };
