import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1): about 20-40 ms per hash on
 * this machine's cores, affordable at a province's sign-in peak and slow for an attacker.
 */
const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2_OPTIONS);
}

export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(storedHash, plain);
  } catch {
    return false;
  }
}

/** A hash of a random password, checked when the NIP is unknown so timing does not reveal which NIPs exist. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}
