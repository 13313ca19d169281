import { describe, expect, it } from 'vitest';
import { barChart, donut, esc } from '../src/charts.js';

describe('charts (shared by the CLI roster report and the store annual report)', () => {
  it('a bar links to its drill-down block only when it has a value', () => {
    const svg = barChart('flows', [
      { label: 'Kết nạp', segments: [{ value: 3, color: '#2e9d6a' }], href: 'd-CB-1-admissions' },
      { label: 'Khai trừ', segments: [{ value: 0, color: '#d64545' }], href: 'd-CB-1-expulsions' },
    ]);
    expect(svg).toContain('data-chart="flows"');
    expect(svg).toContain('<a href="#d-CB-1-admissions"><rect');
    expect(svg).not.toContain('d-CB-1-expulsions');
  });

  it('labels are cut at the chosen length, the whole label stays in the tooltip', () => {
    const label = 'Học lớp bồi dưỡng nhận thức về Đảng (lớp buổi tối)';
    const short = barChart('x', [{ label, segments: [{ value: 1, color: '#000' }] }]);
    expect(short).toContain('…<title>');
    const long = barChart('x', [{ label, segments: [{ value: 1, color: '#000' }] }], { maxLabel: 80 });
    expect(long).toContain(`${label}<title>`);
  });

  it('a donut has a caption only when one is given; text is escaped', () => {
    expect(donut('sex', [{ value: 1, color: '#c2185b', label: 'Nữ' }], '1', 'đảng viên')).toContain('class="cap"');
    expect(donut('sex', [{ value: 1, color: '#c2185b' }], '1')).not.toContain('class="cap"');
    expect(esc('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});
