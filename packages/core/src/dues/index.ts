/**
 * Party dues (đảng phí): the monthly amount a member owes from their situation, under QĐ 01-QĐ/TW (2026).
 * @packageDocumentation
 */
export { type DuesInput, type DuesResult, type DuesSituation, monthlyDues } from './monthly-dues.js';
export {
  duesInsuredSalaryRate,
  duesMinimumWageRates,
  duesParameters,
  duesPensionRate,
  duesRelief,
  duesStudentAmount,
} from './parameters.js';
