/** Vietnamese number formatting: `.` groups thousands, `,` marks decimals (1.234.567; 99,64%); blank for null. */
export function vnNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

export function vnPercent(value: number | null | undefined): string {
  const text = vnNumber(value);
  return text === '' ? '' : `${text}%`;
}

/** A signed change (+1.234 / -56), blank for null. */
export function vnChange(value: number | null | undefined): string {
  const text = vnNumber(value);
  return text === '' || text.startsWith('-') ? text : `+${text}`;
}
