// What other modules may use of the organisation (people, charts); everything else in this folder is its own.
export { buildMe } from './me.js';
export { describePeople, displayName, employeesOfAccounts, type EmployeeName, type PersonLink } from './people.js';
export { bumpOrgVersion, loadOrgSnapshot } from './snapshot.js';
export { agencyToday, findTodayChart, todayChart } from './today-chart.js';
