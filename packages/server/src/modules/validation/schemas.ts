// Until validation's route files import them from @kinerja/core/api.
export * from '@kinerja/core/api';
