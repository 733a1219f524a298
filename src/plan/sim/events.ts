/**
 * The simulation's event log: every event the controller, the world and DNS publishing report,
 * grouped into steps. A step is what happens together: the events emitted until the next
 * `endStep()`. It is its own sink object so that how events are kept can change (one object per
 * event today) without touching the code that reports them.
 */
import type { PlanEvent } from '../types.js';
import type { RawEvent } from './state.js';

/** An event as the simulation reports it: the plan's fields that vary from event to event. */
export type EventInput = Pick<PlanEvent, 'kind' | 'action' | 'name' | 'ordinal' | 'revision' | 'type' | 'value' | 'code' | 'reason'>;

/** Where the parts of the simulation report what happens. */
export interface EventSink {
  /** Reports an event in the current step, opening one if none is open. */
  emit(e: EventInput): void;
  /** Closes the current step; true if one was open (something happened since the last call). */
  endStep(): boolean;
}

export class EventLog implements EventSink {
  readonly events: RawEvent[] = [];
  /** Steps opened so far (counted in a quiet log too: the simulation compares it to see whether anything happened). */
  step = 0;
  private stepOpen = false;

  constructor(
    private readonly namespace: string,
    private readonly statefulSet: string,
    /** A quiet log counts steps and keeps no events (a simulation that only builds a state). */
    private readonly quiet: boolean,
  ) {}

  /** Records an event in the shape the plan reports (fields in that order, for the JSON output). */
  emit(e: EventInput): void {
    if (!this.stepOpen) {
      this.step++;
      this.stepOpen = true;
    }
    if (this.quiet) return;
    const out: PlanEvent = { seq: 0, step: this.step, kind: e.kind, action: e.action, namespace: this.namespace, name: e.name, statefulSet: this.statefulSet, code: e.code, reason: e.reason };
    if (e.type) out.type = e.type;
    if (e.value) out.value = e.value;
    if (e.ordinal !== undefined) out.ordinal = e.ordinal;
    if (e.revision) out.revision = e.revision;
    this.events.push(out);
  }

  endStep(): boolean {
    const had = this.stepOpen;
    this.stepOpen = false;
    return had;
  }
}
