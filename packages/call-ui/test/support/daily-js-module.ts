/**
 * What tests resolve `@daily-co/daily-js` to. daily-react imports the default export but, given a
 * `callObject` prop, never calls it; a call here means a screen bypassed the injected call object.
 */
const notInTests = (name: string) => () => {
  throw new Error(`daily-js ${name}() was called in a test: screens must use the injected call object`);
};

export default {
  createCallObject: notInTests('createCallObject'),
  createFrame: notInTests('createFrame'),
  getCallInstance: () => undefined,
  supportedBrowser: () => ({ supported: true }),
  version: () => '0.92.2',
};
