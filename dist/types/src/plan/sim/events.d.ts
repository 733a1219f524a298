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
export declare class EventLog implements EventSink {
    private readonly namespace;
    private readonly statefulSet;
    /** A quiet log counts steps and keeps no events (a simulation that only builds a state). */
    private readonly quiet;
    readonly events: RawEvent[];
    /** Steps opened so far (counted in a quiet log too: the simulation compares it to see whether anything happened). */
    step: number;
    private stepOpen;
    constructor(namespace: string, statefulSet: string, 
    /** A quiet log counts steps and keeps no events (a simulation that only builds a state). */
    quiet: boolean);
    /** Records an event in the shape the plan reports (fields in that order, for the JSON output). */
    emit(e: EventInput): void;
    endStep(): boolean;
}
