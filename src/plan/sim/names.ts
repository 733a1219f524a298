/**
 * How the simulated set names its pods and claims and which ordinals it keeps, as the
 * simulation's ordinal view writes them. Names are made once per ordinal: every map lookup then
 * hashes the same string instead of a freshly concatenated one.
 */
import { claimName, podName, type OrdinalView, type SetSpec } from './state.js';

export class Names {
  private readonly podNames = new Map<number, string>();
  private readonly claimNames = new Map<number, string[]>();

  constructor(
    private readonly spec: SetSpec,
    private readonly view: OrdinalView,
  ) {}

  /**
   * The pod's name for an ordinal, made once (a large share of a 10,000-pod plan's time
   * otherwise).
   */
  nameOf(ordinal: number): string {
    let name = this.podNames.get(ordinal);
    if (name === undefined) this.podNames.set(ordinal, (name = podName(this.spec.name, this.view.text(ordinal))));
    return name;
  }

  /** The ordinal's claim names, one per claim template in order (made once, as pod names are). */
  claimsOf(ordinal: number): string[] {
    let names = this.claimNames.get(ordinal);
    if (names === undefined) {
      const text = this.view.text(ordinal);
      this.claimNames.set(ordinal, (names = this.spec.templates.map((t) => claimName(t.name, this.spec.name, text))));
    }
    return names;
  }

  /** Whether the ordinal is a replica of the spec (not condemned). */
  inRange(ordinal: number): boolean {
    return ordinal >= this.spec.start && ordinal < this.spec.start + this.spec.replicas;
  }

  /** The spec's range of ordinals as messages write it. */
  rangeText(): string {
    const s = this.spec;
    return s.replicas === 0 ? 'an empty range (replicas: 0)' : `${this.view.text(s.start)}..${this.view.text(s.start + s.replicas - 1)}`;
  }
}
