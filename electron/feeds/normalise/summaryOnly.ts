// Read from the feed in the worker, and again by the window for articles stored before it was: one reading, shared.
export * from '../../../shared/model/summaryOnly';
