import type { DailyEvent, DailyEventObject } from '@daily-co/daily-js';

/**
 * A handler for any event. Declared as a method so TypeScript checks its parameter bivariantly:
 * `on('error', (e: DailyEventObject<'error'>) => …)` can then be stored beside every other handler.
 */
type AnyHandler = { handle(event: DailyEventObject): void }['handle'];

/**
 * daily-js's `on` / `once` / `off`, and a guarded `emit`: handlers run inside the call object's own
 * code paths (daily-react rethrows from its dispatcher), so one throwing must not break the call.
 */
export class CallEvents {
  private readonly handlers = new Map<DailyEvent, Set<AnyHandler>>();
  private readonly onceWrappers = new Map<AnyHandler, AnyHandler>();

  on(event: DailyEvent, handler: AnyHandler): void {
    const set = this.handlers.get(event) ?? new Set<AnyHandler>();
    set.add(handler);
    this.handlers.set(event, set);
  }

  once(event: DailyEvent, handler: AnyHandler): void {
    const wrapper: AnyHandler = (payload) => {
      this.off(event, handler);
      handler(payload);
    };
    this.onceWrappers.set(handler, wrapper);
    this.on(event, wrapper);
  }

  off(event: DailyEvent, handler: AnyHandler): void {
    const set = this.handlers.get(event);
    if (set === undefined) return;
    set.delete(handler);
    const wrapper = this.onceWrappers.get(handler);
    if (wrapper !== undefined) {
      set.delete(wrapper);
      this.onceWrappers.delete(handler);
    }
  }

  emit(payload: DailyEventObject): void {
    // A copy: a handler may subscribe or unsubscribe while we loop.
    const action = (payload as { action: DailyEvent }).action;
    for (const handler of [...(this.handlers.get(action) ?? [])]) {
      try {
        handler(payload);
      } catch (error) {
        console.error(`local call: a '${action}' handler threw`, error);
      }
    }
  }
}
