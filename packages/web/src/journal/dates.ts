// Transitional: validation/ still imports the journal's old paths; goes when validation moves to features/.
export * from '../lib/dates';
