import type { TaskList } from 'graphile-worker';
import type { MeetingDeps } from '@edutrack/core';
import { authTasks } from './auth-tasks.ts';
import { meetingTasks } from './meeting-tasks.ts';

/** Every job this server's workers run (the web server's in-process worker and `pnpm worker`). */
export function serverTasks(deps: MeetingDeps): TaskList {
  return { ...meetingTasks(deps), ...authTasks(deps) };
}
