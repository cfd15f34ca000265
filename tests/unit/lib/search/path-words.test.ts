import { describe, expect, it } from 'vitest';
import { wordsFromPath } from '../../../../src/lib/search/path-words';

describe('wordsFromPath', () => {
  it.each([
    ['/historier/bakeri-i-trondheim/', '/', 'bakeri i trondheim'],
    ['/semuligheter/virkemidler/lonnstilskot/', '/semuligheter/', 'lonnstilskot'],
    ['/virkemidler/l%C3%B8nnstilskudd', '/', 'lønnstilskudd'],
    ['/Aktuelt/Nytt_Brev.html', '/', 'nytt brev'],
    ['/historier/side/7/', '/', ''],
    ['/innsatsomrader/', '/', ''],
    ['/', '/', ''],
    ['/%E0%A4%A/mentor/', '/', 'mentor'],
    ['/<script>alert(1)</script>/', '/', 'script alert script'],
    ['/a/b/c/d/e/f/g/h/i/j/', '/', 'a b c d e f g h'],
  ])('%s under %s → %j', (pathname, base, expected) => {
    expect(wordsFromPath(pathname, base)).toBe(expected);
  });
});
