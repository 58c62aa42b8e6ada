/** The local mock of a connector's API (Test step, "send to mock"). */
export { startMockServer, type MockServer, type MockServerOptions, type MockLogEntry } from './server';
