import type { Measure } from '../schema/measure.js';
import { monthly } from './months.js';

// Values exactly as DOMAIN.md §9.1 (synthetic); expected MDC icons are in the comments.
/** The ten sample measures: 36 months each, April 2022 – March 2025. Names are English only. */
export const sampleMeasures: Measure[] = [
  {
    // Common cause · hit or miss
    id: 'falls',
    name: { en: 'Inpatient falls per 1,000 occupied bed days' },
    unit: { en: 'rate per 1,000 OBD' },
    improvement: 'decrease',
    target: 5.5,
    domain: 'safe',
    chart: 'xmr',
    decimals: 1,
    data: monthly([
      5.5, 5.7, 5.8, 6.4, 5.3, 6.3, 6.2, 6.0, 5.8, 6.2, 5.0, 5.3, 6.1, 6.3, 5.4, 5.8, 6.0, 5.6, 5.6,
      6.5, 5.7, 6.8, 6.4, 6.2, 6.2, 6.2, 5.7, 6.1, 6.3, 5.7, 5.8, 6.7, 6.2, 5.5, 5.2, 6.1,
    ]),
  },
  {
    // Improvement (low) · hit or miss
    id: 'pu',
    name: { en: 'Hospital-acquired pressure ulcers (category 2+) per 1,000 OBD' },
    unit: { en: 'rate per 1,000 OBD' },
    improvement: 'decrease',
    target: 0.6,
    domain: 'safe',
    chart: 'xmr',
    decimals: 2,
    data: monthly([
      0.92, 0.84, 0.82, 0.94, 1.01, 0.85, 1.0, 0.98, 0.94, 0.9, 1.16, 0.98, 0.94, 0.89, 1.1, 0.9,
      0.93, 0.84, 1.01, 0.96, 0.85, 0.97, 1.04, 0.94, 1.06, 0.97, 0.91, 0.71, 0.65, 0.62, 0.52,
      0.56, 0.47, 0.52, 0.41, 0.54,
    ]),
  },
  {
    // Common cause · fail
    id: 'ed4h',
    name: { en: 'Emergency department: % seen within 4 hours' },
    unit: { en: '%' },
    improvement: 'increase',
    target: 95,
    domain: 'timely',
    chart: 'xmr',
    decimals: 1,
    data: monthly([
      71.0, 68.7, 68.8, 70.6, 71.2, 66.3, 68.5, 71.9, 68.2, 71.5, 69.9, 71.5, 72.1, 71.6, 69.2,
      67.5, 69.0, 71.3, 70.6, 70.5, 69.5, 70.6, 69.6, 69.2, 67.1, 68.8, 68.5, 71.8, 67.4, 70.7,
      70.7, 70.0, 70.8, 68.8, 68.7, 70.3,
    ]),
  },
  {
    // Improvement (high) · hit or miss
    id: 'sepsis',
    name: { en: 'Sepsis screening completed within 1 hour of trigger' },
    unit: { en: '%' },
    improvement: 'increase',
    target: 90,
    domain: 'effective',
    chart: 'xmr',
    decimals: 1,
    data: monthly([
      86.7, 86.0, 88.3, 85.1, 86.8, 85.3, 86.3, 85.4, 88.0, 83.9, 87.4, 86.6, 85.7, 86.2, 87.0,
      86.6, 85.4, 85.9, 85.8, 86.4, 85.6, 85.0, 87.0, 84.7, 87.6, 86.6, 87.9, 83.7, 85.7, 84.9,
      85.8, 86.9, 87.8, 88.6, 89.7, 91.0,
    ]),
  },
  {
    // Common cause · pass
    id: 'px',
    name: { en: 'Patient experience: % positive ("good" or "very good")' },
    unit: { en: '%' },
    improvement: 'increase',
    target: 85,
    domain: 'person-centred',
    chart: 'xmr',
    decimals: 1,
    data: monthly([
      92.7, 93.6, 91.2, 93.3, 92.9, 93.4, 94.2, 91.4, 93.0, 91.3, 92.5, 91.9, 91.4, 91.7, 91.8,
      92.2, 92.5, 92.3, 93.1, 91.6, 91.2, 93.0, 92.2, 92.8, 91.4, 94.3, 91.4, 91.4, 91.4, 92.2,
      91.6, 92.9, 91.9, 92.6, 91.9, 91.3,
    ]),
  },
  {
    // Concern (high) · fail; staff measures sit under the Workforce enabler, not a domain
    id: 'sick',
    name: { en: 'Staff sickness absence' },
    unit: { en: '% of FTE days' },
    improvement: 'decrease',
    target: 4.5,
    domain: 'workforce',
    chart: 'xmr',
    decimals: 2,
    data: monthly([
      5.51, 5.52, 5.9, 5.78, 5.57, 6.05, 5.71, 5.52, 5.22, 5.37, 5.43, 5.27, 5.33, 5.92, 5.5, 5.48,
      5.85, 5.43, 5.37, 5.65, 5.67, 5.55, 5.34, 5.28, 5.43, 5.65, 5.84, 5.64, 5.66, 5.87, 5.73,
      5.72, 5.57, 5.67, 5.44, 6.7,
    ]),
  },
  {
    // Concern (high) · no target
    id: 'meds',
    name: { en: 'Medication incidents causing harm per 1,000 OBD' },
    unit: { en: 'rate per 1,000 OBD' },
    improvement: 'decrease',
    domain: 'safe',
    chart: 'xmr',
    decimals: 2,
    data: monthly([
      0.39, 0.55, 0.5, 0.4, 0.43, 0.63, 0.43, 0.54, 0.49, 0.46, 0.43, 0.43, 0.52, 0.56, 0.43, 0.41,
      0.47, 0.51, 0.41, 0.48, 0.44, 0.53, 0.6, 0.53, 0.52, 0.51, 0.48, 0.54, 0.46, 0.53, 0.5, 0.44,
      0.59, 0.66, 0.55, 0.67,
    ]),
  },
  {
    // Common cause · hit or miss
    id: 'readm',
    name: { en: 'Emergency readmissions within 30 days' },
    unit: { en: '% of discharges' },
    improvement: 'decrease',
    target: 10,
    domain: 'effective',
    chart: 'xmr',
    decimals: 1,
    data: monthly([
      10.6, 9.6, 10.6, 9.4, 10.2, 10.5, 10.4, 9.4, 10.1, 11.3, 11.0, 10.7, 10.0, 9.7, 9.8, 9.9,
      10.5, 10.9, 10.4, 10.3, 9.8, 10.4, 9.7, 10.1, 10.1, 10.1, 10.7, 10.6, 11.0, 10.4, 11.0, 9.8,
      10.4, 11.0, 9.6, 9.9,
    ]),
  },
  {
    // Concern (low) · hit or miss
    id: 'active',
    name: { en: 'Welsh-speaking inpatients with Active Offer recorded' },
    unit: { en: '%' },
    improvement: 'increase',
    target: 80,
    domain: 'person-centred',
    secondaryDomains: ['equitable'],
    chart: 'xmr',
    decimals: 1,
    data: monthly([
      78.9, 83.7, 83.4, 85.7, 79.4, 79.1, 78.7, 80.5, 82.0, 85.0, 82.7, 80.9, 83.5, 79.9, 78.7,
      81.6, 80.4, 82.7, 79.6, 80.5, 79.3, 81.8, 83.4, 79.7, 82.7, 81.1, 84.1, 85.7, 75.9, 76.0,
      76.9, 79.2, 73.5, 76.5, 76.7, 76.0,
    ]),
  },
  {
    // Neither (high) · no target
    id: 'emadm',
    name: { en: 'Emergency admissions' },
    description: { en: 'Demand context: neither higher nor lower is better.' },
    unit: { en: 'count per month' },
    improvement: 'neutral',
    domain: 'efficient',
    chart: 'xmr',
    decimals: 0,
    data: monthly([
      3188, 3125, 3230, 3213, 3059, 3057, 3095, 3140, 3171, 3093, 3062, 3009, 3168, 3109, 2992,
      3072, 3051, 3092, 3101, 3147, 3172, 3219, 3119, 3096, 3008, 3002, 3048, 3021, 3045, 3173,
      3218, 3272, 3288, 3120, 3186, 3383,
    ]),
  },
];
