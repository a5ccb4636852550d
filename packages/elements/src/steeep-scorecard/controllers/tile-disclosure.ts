import type { DomainSummary } from '@qms-kit/sdk';
import { QmsDomainSelectEvent } from '../../internal/events/qms-domain-select.js';

/** The element whose `expanded` property lists its open tiles. */
export interface ExpandedHost extends HTMLElement {
  expanded: string[];
}

/** Opens and closes tiles through the host's public `expanded` list, announcing each change. */
export class TileDisclosure {
  constructor(private readonly host: ExpandedHost) {}

  toggle(tile: DomainSummary, frameworkId: string): void {
    const host = this.host;
    const open = !host.expanded.includes(tile.id);
    host.expanded = open
      ? [...host.expanded, tile.id]
      : host.expanded.filter((id) => id !== tile.id);
    host.dispatchEvent(
      new QmsDomainSelectEvent({
        domainId: tile.id,
        frameworkId,
        kind: tile.kind,
        expanded: open,
      }),
    );
  }
}
