import { describe, expect, it } from 'vitest';
import { phoneText, telHref } from '../../../src/lib/phone';

describe('telHref', () => {
  it.each([
    ['55 55 33 36', 'tel:+4755553336'],
    ['55553336', 'tel:+4755553336'],
    ['55\u00a055 33 36', 'tel:+4755553336'],
    ['+47 55 55 33 36', 'tel:+4755553336'],
  ])('%j → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe('phoneText', () => {
  it.each([
    ['55 55 33 36', '55\u00a055\u00a033\u00a036'],
    [' 22 00 00 00 ', '22\u00a000\u00a000\u00a000'],
  ])('%j → %j', (phone, text) => {
    expect(phoneText(phone)).toBe(text);
  });
});
