export * from './common.contract';
export * from './auth.contract';
export * from './centres.contract';
export * from './people.contract';
export * from './health.contract';
export * from './courses.contract';
export * from './learning.contract';
export * from './media.contract';
