import { manageTokenFrom } from './manage-token';

describe('manageTokenFrom', () => {
  it.each([
    ['token=abc-_123', 'abc-_123'],
    ['#token=abc', 'abc'],
    ['lang=it&token=abc', 'abc'],
    ['token=', null],
    ['', null],
    [null, null],
    ['tok=abc', null],
  ])('reads %s as %s', (fragment, token) => {
    expect(manageTokenFrom(fragment)).toBe(token);
  });
});
