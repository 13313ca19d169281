import { taskConditions } from './task-conditions.js';
import { rankingTester, round } from './test-kit.js';

const m = (level: string, tasks: Record<string, number>) => ({ memberId: 'A', level, tasks });
const o = (level: string, tasks: Record<string, number>) => ({ organizationId: 'CB1', level, tasks });

rankingTester().run(taskConditions, {
  valid: [
    {
      name: 'excellent: 10/10 on time, 3 beyond',
      record: round(2025, [m('excellent', { assigned: 10, completed: 10, onTime: 10, exceeded: 3 })]),
    },
    { name: 'good: all on time', record: round(2025, [m('good', { assigned: 4, completed: 4, onTime: 4 })]) },
    {
      name: 'member completed: all done, 2/10 late',
      record: round(2025, [m('completed', { assigned: 10, completed: 10, onTime: 8 })]),
    },
    {
      name: 'collective completed, 2/10 late',
      record: round(2025, [], { organizations: [o('completed', { assigned: 10, completed: 10, onTime: 8 })] }),
    },
    { name: 'no figures, not judged', record: round(2025, [{ memberId: 'A', level: 'excellent' }]) },
    { name: 'QĐ 124: no such conditions', record: round(2024, [m('excellent', { assigned: 10, completed: 2 })]) },
    { name: 'no tasks assigned', record: round(2025, [m('good', { assigned: 0, completed: 0 })]) },
  ],
  invalid: [
    {
      name: 'excellent with 2/10 beyond',
      record: round(2025, [m('excellent', { assigned: 10, completed: 10, onTime: 10, exceeded: 2 })]),
      errors: [{ messageId: 'excellent', facts: { exceeded: 2 } }],
    },
    {
      name: 'good with a late task',
      record: round(2025, [m('good', { assigned: 5, completed: 5, onTime: 4 })]),
      errors: [{ messageId: 'good', path: ['members', 0, 'level'] }],
    },
    {
      name: 'member with 6/10 not done ranked completed',
      record: round(2025, [m('completed', { assigned: 10, completed: 4 })]),
      errors: [{ messageId: 'overHalfNotCompleted', facts: { notCompleted: 6 } }],
    },
    {
      name: 'regression: ranking.tasks.conditions applied 100 % / ≤ 20 % late to collectives only (member, 3/10 late)',
      record: round(2025, [m('completed', { assigned: 10, completed: 10, onTime: 7 })]),
      errors: [{ messageId: 'completed', path: ['members', 0, 'level'] }],
    },
    {
      name: 'regression: ranking.tasks.conditions let a member with half the tasks not done pass as completed',
      record: round(2025, [m('completed', { assigned: 10, completed: 5 })]),
      errors: [{ messageId: 'completed' }],
    },
    {
      name: 'regression: ranking.tasks.conditions applied the > 50 % ground to leaders (leader: condition of k3 instead)',
      record: round(2025, [{ ...m('completed', { assigned: 10, completed: 4 }), leadershipPost: true }]),
      errors: [{ messageId: 'completed' }],
    },
    {
      name: 'leader ranked good with 6/10 not done: the level condition, not the > 50 % ground',
      record: round(2025, [{ ...m('good', { assigned: 10, completed: 4, onTime: 4 }), leadershipPost: true }]),
      errors: [{ messageId: 'good' }],
    },
    {
      name: 'collective completed with 3/10 late',
      record: round(2025, [], { organizations: [o('completed', { assigned: 10, completed: 10, onTime: 7 })] }),
      errors: [{ messageId: 'completed', path: ['organizations', 0, 'level'] }],
    },
  ],
});
