import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('verifies the password it hashed and nothing else, and never stores it in clear', async () => {
    const stored = await hashPassword('Mật-khẩu 2024');
    expect(stored).toMatch(/^scrypt\$[\w-]+\$[\w-]+$/);
    expect(stored).not.toContain('Mật-khẩu');
    await expect(verifyPassword('Mật-khẩu 2024', stored)).resolves.toBe(true);
    await expect(verifyPassword('Mật-khẩu 2025', stored)).resolves.toBe(false);
    await expect(verifyPassword('Mật-khẩu 2024', 'md5$x$y')).resolves.toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
});
