/** `Nguyễn Văn Đức` → `Nguyen Van Duc`: how legacy sector databases often hold names. */
export function removeDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
