import type {
  DomainKind,
  Framework,
  FrameworkDomain,
  FrameworkPresetId,
} from '../schema/framework.js';
import { frameworkPresets } from './presets/index.js';

/** True for the id of a shipped framework preset. */
export function isFrameworkPresetId(id: unknown): id is FrameworkPresetId {
  return typeof id === 'string' && Object.hasOwn(frameworkPresets, id);
}

/**
 * A framework from a preset id, or the framework itself when given one (as a dataset may hold
 * either). Unknown ids give `undefined`.
 */
export function getFramework(idOrFramework: FrameworkPresetId | Framework): Framework;
export function getFramework(idOrFramework: string | Framework): Framework | undefined;
export function getFramework(idOrFramework: string | Framework): Framework | undefined {
  if (typeof idOrFramework !== 'string') return idOrFramework;
  return isFrameworkPresetId(idOrFramework) ? frameworkPresets[idOrFramework] : undefined;
}

/** The framework's domains (or only those of one kind), in display order. */
export function frameworkDomains(framework: Framework, kind?: DomainKind): FrameworkDomain[] {
  return framework.domains
    .filter((d) => kind === undefined || d.kind === kind)
    .sort((a, b) => a.order - b.order);
}

/** One domain or enabler of a framework by id. */
export function findDomain(framework: Framework, id: string): FrameworkDomain | undefined {
  return framework.domains.find((d) => d.id === id);
}
