// React 18 wrappers are generated here from the elements' manifest as elements land.
// React 19 needs no wrapper: it passes properties and events to custom elements directly.
export const elementsPackage = '@qms-kit/elements';
