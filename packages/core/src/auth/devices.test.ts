import { describe, expect, it } from 'vitest';
import { deviceLabel, ipPrefix } from './devices.js';

describe('deviceLabel', () => {
  it('names the browser and the system in short', () => {
    expect(deviceLabel('Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36')).toBe('Chrome di Android');
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox di Windows');
    expect(deviceLabel('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1')).toBe('Safari di iPhone');
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe('Edge di Windows');
    expect(deviceLabel('Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36')).toBe('Samsung Internet di Android');
    expect(deviceLabel('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15')).toBe('Safari di macOS');
  });

  it('falls back to what it knows, or "Perangkat tidak dikenal"', () => {
    expect(deviceLabel('curl/8.5.0')).toBe('Perangkat tidak dikenal');
    expect(deviceLabel(null)).toBe('Perangkat tidak dikenal');
    expect(deviceLabel('lightMyRequest')).toBe('Perangkat tidak dikenal');
    expect(deviceLabel('SomeApp (Linux)')).toBe('Linux');
  });
});

describe('ipPrefix', () => {
  it('keeps the network part only', () => {
    expect(ipPrefix('203.0.113.57')).toBe('203.0.113.x');
    expect(ipPrefix('::ffff:10.1.2.3')).toBe('10.1.2.x');
    expect(ipPrefix('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3:8d3::/64');
    expect(ipPrefix('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipPrefix('::1')).toBe('0:0:0:0::/64');
  });

  it('null when unknown or not an address', () => {
    expect(ipPrefix(null)).toBeNull();
    expect(ipPrefix('')).toBeNull();
    expect(ipPrefix('not-an-ip')).toBeNull();
  });
});
