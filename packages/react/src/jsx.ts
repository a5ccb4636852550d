// JSX types for using the elements directly in React 19: `import type {} from '@qms-kit/react/jsx'`.
export type * from './generated/jsx.js';
import './generated/jsx.js';
